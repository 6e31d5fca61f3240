package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.CITIZEN;
import static dk.borgerdialog.persistence.internal.jooq.Tables.CONTACT_PREFERENCES;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.notification.model.NoticeRecipients;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SelectField;

/**
 * The {@link NoticeRecipients}: the citizen's row with their contact preferences, if any, in one
 * statement (a left join on the citizen's primary key), instead of one read for each.
 */
public final class JooqNoticeRecipients implements NoticeRecipients {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqNoticeRecipients(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<Recipient> byId(CitizenId citizen) {
    Objects.requireNonNull(citizen, "citizen");
    List<SelectField<?>> fields = new ArrayList<>(List.of(CITIZEN.fields()));
    fields.addAll(List.of(CONTACT_PREFERENCES.fields()));
    return dsl.select(fields)
        .from(CITIZEN)
        .leftJoin(CONTACT_PREFERENCES)
        .on(CONTACT_PREFERENCES.CITIZEN_ID.eq(CITIZEN.ID))
        .where(CITIZEN.ID.eq(citizen.value()))
        .fetchOptional(
            row ->
                new Recipient(
                    JooqCitizens.toCitizen(row.into(CITIZEN)),
                    row.get(CONTACT_PREFERENCES.CITIZEN_ID) == null
                        ? null
                        : JooqContactPreferences.toPreferences(row.into(CONTACT_PREFERENCES))));
  }
}
