package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.CONTACT_PREFERENCES;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.persistence.internal.jooq.tables.records.ContactPreferencesRecord;
import dk.borgerdialog.reminder.model.AllContactPreferences;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The citizens' contact preferences in jOOQ, one row per citizen with an optimistic version.
 *
 * <p>A save first tries the conditional update; only if no row has the expected version and that
 * version is 0 does it insert, with {@code ON CONFLICT DO NOTHING}, so that a save racing another
 * node's first save is a {@link ConflictException} without a failed statement, which would abort
 * the surrounding transaction on PostgreSQL.
 */
public final class JooqContactPreferences implements AllContactPreferences {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqContactPreferences(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<ContactPreferences> of(CitizenId citizen) {
    Objects.requireNonNull(citizen, "citizen");
    return dsl.selectFrom(CONTACT_PREFERENCES)
        .where(CONTACT_PREFERENCES.CITIZEN_ID.eq(citizen.value()))
        .fetchOptional(JooqContactPreferences::toPreferences);
  }

  @Override
  public java.util.Map<CitizenId, ContactPreferences> ofAll(
      java.util.Collection<CitizenId> citizens) {
    if (citizens.isEmpty()) {
      return java.util.Map.of();
    }
    return dsl
        .selectFrom(CONTACT_PREFERENCES)
        .where(CONTACT_PREFERENCES.CITIZEN_ID.in(citizens.stream().map(CitizenId::value).toList()))
        .fetch(JooqContactPreferences::toPreferences)
        .stream()
        .collect(java.util.stream.Collectors.toMap(ContactPreferences::citizen, p -> p));
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidInputException if a quiet hour is not whole seconds
   * @throws dk.borgerdialog.common.UnableToAccessDatabaseException if the citizen does not exist
   */
  @Override
  public ContactPreferences save(ContactPreferences preferences) {
    Objects.requireNonNull(preferences, "preferences");
    ContactPreferencesRecord row = dsl.newRecord(CONTACT_PREFERENCES);
    write(row, preferences);
    long version = preferences.version();
    try {
      int updated =
          dsl.update(CONTACT_PREFERENCES)
              .set(row)
              .set(CONTACT_PREFERENCES.VERSION, version + 1)
              .where(CONTACT_PREFERENCES.CITIZEN_ID.eq(preferences.citizen().value()))
              .and(CONTACT_PREFERENCES.VERSION.eq(version))
              .execute();
      if (updated == 1) {
        return withVersion(preferences, version + 1);
      }
      if (version == 0) {
        row.setVersion(0L);
        int inserted = dsl.insertInto(CONTACT_PREFERENCES).set(row).onConflictDoNothing().execute();
        if (inserted == 1) {
          return preferences;
        }
      }
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, stale(preferences.citizen()));
    }
    throw new ConflictException(stale(preferences.citizen()));
  }

  private static String stale(CitizenId citizen) {
    return "the contact preferences of citizen "
        + citizen
        + " have changed since they were read; read them again";
  }

  private static void write(ContactPreferencesRecord row, ContactPreferences p) {
    row.setCitizenId(p.citizen().value());
    row.setChannels(Channels.join(p.channels()));
    row.setEmail(p.email());
    row.setPhone(p.phone());
    row.setQuietFrom(wholeSeconds("quietHours.from", p.quietHours().from()));
    row.setQuietTo(wholeSeconds("quietHours.to", p.quietHours().to()));
    // sorted, so that the same set is always stored the same way
    row.setOptedOut(
        Channels.join(p.optedOut().stream().sorted(Comparator.naturalOrder()).toList()));
  }

  private static LocalTime wholeSeconds(String field, LocalTime time) {
    if (time.getNano() != 0) {
      throw new InvalidInputException(field, "must be whole seconds");
    }
    return time;
  }

  static ContactPreferences toPreferences(ContactPreferencesRecord r) {
    return new ContactPreferences(
        new CitizenId(r.getCitizenId()),
        Channels.split(r.getChannels()),
        r.getEmail(),
        r.getPhone(),
        new QuietHours(r.getQuietFrom(), r.getQuietTo()),
        Set.copyOf(Channels.split(r.getOptedOut())),
        r.getVersion());
  }

  private static ContactPreferences withVersion(ContactPreferences p, long version) {
    return new ContactPreferences(
        p.citizen(), p.channels(), p.email(), p.phone(), p.quietHours(), p.optedOut(), version);
  }
}
