package dk.borgerdialog.gdpr.application;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessTarget;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.Citizens;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.gdpr.model.PersonalDataKind;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.Courses;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The citizen's rights over their data: an export of everything (Art. 15 and 20) and erasure (Art.
 * 17), through every registered {@link PersonalDataKind}.
 *
 * <p>Erasure is allowed only when every course of the citizen is closed: while a course runs, the
 * municipality must keep its records (the duty to keep records of a case). It deletes what the
 * kinds hold, anonymises the citizen, and strips the content of the audit records about the
 * citizen, which are kept, still chained. Before that, in the same transaction, each {@link
 * BeforeErasure} step lets the rest of the system let go of the citizen: the seats they held on
 * activities go to those waiting.
 */
public final class HandlingPersonalData {
  private final List<PersonalDataKind> kinds;
  private final List<BeforeErasure> beforeErasure;
  private final Citizens citizens;
  private final Courses courses;
  private final AccessControl access;
  private final Transactions transactions;
  private final Clock clock;

  @Inject
  HandlingPersonalData(
      Set<PersonalDataKind> kinds,
      Set<BeforeErasure> beforeErasure,
      Citizens citizens,
      Courses courses,
      AccessControl access,
      Transactions transactions,
      Clock clock) {
    this.kinds = List.copyOf(kinds);
    this.beforeErasure = List.copyOf(beforeErasure);
    this.citizens = citizens;
    this.courses = courses;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Everything held about a citizen.
   *
   * @param actor the citizen, or the system
   * @param citizen the citizen
   * @return the export
   * @throws NoSuchEntityException if the citizen does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen or the system
   */
  public PersonalDataExport export(Actor actor, CitizenId citizen) {
    Check.notNull("citizen", citizen);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.EXPORT_PERSONAL_DATA, target(citizen), citizen.value());
    requireCitizen(citizen);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return transactions.inTransaction(
        () -> {
          Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
          for (PersonalDataKind kind : kinds) {
            sections.put(kind.name(), List.copyOf(kind.export(citizen)));
          }
          grant.record();
          return new PersonalDataExport(
              PersonalDataExport.FORMAT, citizen.toString(), now.toString(), sections);
        });
  }

  /**
   * Erases a citizen's personal data, in one transaction.
   *
   * @param actor the system
   * @param citizen the citizen
   * @return what was erased, per kind
   * @throws NoSuchEntityException if the citizen does not exist
   * @throws UnableToChangeException if a course of the citizen is not closed
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  public ErasureReport erase(Actor actor, CitizenId citizen) {
    Check.notNull("citizen", citizen);
    AccessControl.Grant grant =
        access.authorize(actor, Operation.ERASE_PERSONAL_DATA, target(citizen), null);
    requireCitizen(citizen);
    if (courses.of(citizen).stream().anyMatch(c -> c.state() != CourseState.CLOSED)) {
      throw new UnableToChangeException(
          "personal-data.course-open",
          "The citizen has a course that is not closed; its records must be kept.");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return transactions.inTransaction(
        () -> {
          for (BeforeErasure step : beforeErasure) {
            step.prepare(citizen);
          }
          Map<String, Integer> rows = new LinkedHashMap<>();
          List<PersonalDataKind> reverse = new ArrayList<>(kinds);
          java.util.Collections.reverse(reverse);
          for (PersonalDataKind kind : reverse) {
            rows.put(kind.name(), kind.erase(citizen, now));
          }
          // after the stripping: the record of the erasure itself names no content
          grant.record();
          return new ErasureReport(citizen.toString(), rows);
        });
  }

  private void requireCitizen(CitizenId citizen) {
    if (citizens.byId(citizen).isEmpty()) {
      throw new NoSuchEntityException("citizen", citizen);
    }
  }

  private AccessTarget target(CitizenId citizen) {
    Set<UnitId> units =
        courses.of(citizen).stream().map(Course::unit).collect(Collectors.toUnmodifiableSet());
    return new AccessTarget(citizen, units);
  }
}
