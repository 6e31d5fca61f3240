package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.PREFERENCE;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.PreferenceRecord;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.Preference;
import dk.borgerdialog.plan.model.PreferenceId;
import dk.borgerdialog.plan.model.PreferenceKind;
import dk.borgerdialog.plan.model.Preferences;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Citizens' preferences in jOOQ; they are read back through {@link JooqOverviews}. */
public final class JooqPreferences implements Preferences {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqPreferences(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void add(Preference preference) {
    try {
      dsl.insertInto(PREFERENCE)
          .set(PREFERENCE.ID, preference.id().value())
          .set(PREFERENCE.COURSE_ID, preference.course().value())
          .set(PREFERENCE.CITIZEN_ID, preference.citizen().value())
          .set(PREFERENCE.KIND, preference.kind().name())
          .set(PREFERENCE.CONTENT, preference.text())
          .set(PREFERENCE.STATED_AT, preference.statedAt())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "preference " + preference.id() + " already exists");
    }
  }

  static Preference toPreference(PreferenceRecord r) {
    return new Preference(
        new PreferenceId(r.getId()),
        new CourseId(r.getCourseId()),
        new CitizenId(r.getCitizenId()),
        PreferenceKind.valueOf(r.getKind()),
        r.getContent(),
        r.getStatedAt());
  }
}
