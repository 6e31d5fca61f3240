package dk.borgerdialog.persistence;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.citizen.model.CprNumber;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.CentreId;
import dk.borgerdialog.organisation.model.ChangeDeadline;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.plan.model.CourseTemplateId;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.FreeSlotId;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * One municipality with a centre, two units, two staff members and a course template, stored in a
 * database, and intent-named factories for the rest of the plan.
 */
final class Fixture {
  /** The tests' "now": every time in the tests is relative to it. */
  static final Instant NOW = Instant.parse("2030-03-04T08:00:00Z");

  static final AppointmentType CONVERSATION = AppointmentType.of("conversation");
  static final AppointmentType HOME_VISIT = AppointmentType.of("home_visit");

  private static final AtomicInteger SERIAL = new AtomicInteger(1000);

  final JooqPersistence persistence;
  final Municipality municipality;
  final Centre centre;
  final Unit unit;
  final Unit otherUnit;
  final StaffMember nurse;
  final StaffMember mentor;
  final CourseTemplate template;

  private Fixture(JooqPersistence persistence) {
    this.persistence = persistence;
    municipality = new Municipality(MunicipalityId.random(), "Frederiksberg Kommune");
    centre = new Centre(CentreId.random(), municipality.id(), "Borgercenter Voksne");
    unit =
        new Unit(
            UnitId.random(),
            centre.id(),
            municipality.id(),
            "Rusmiddelbehandling",
            "Borgercenter Nord",
            BookingRules.defaults(),
            0);
    otherUnit =
        new Unit(
            UnitId.random(),
            centre.id(),
            municipality.id(),
            "Bostøtte Syd",
            "Borgercenter Syd",
            new BookingRules(new ChangeDeadline(Duration.ofHours(2)), false, true),
            0);
    nurse =
        new StaffMember(
            StaffMemberId.random(),
            municipality.id(),
            ExternalRef.of("ad", "nurse-" + UUID.randomUUID()),
            "Bente Nielsen",
            "Sygeplejerske",
            List.of(new UnitRole(unit.id(), StaffRole.NURSE)),
            0);
    mentor =
        new StaffMember(
            StaffMemberId.random(),
            municipality.id(),
            null,
            "Ali Hassan",
            null,
            List.of(
                new UnitRole(otherUnit.id(), StaffRole.MENTOR),
                new UnitRole(unit.id(), StaffRole.CONTACT_PERSON)),
            0);
    template =
        new CourseTemplate(
            CourseTemplateId.random(),
            municipality.id(),
            "Samtaleforløb",
            CourseKind.TREATMENT,
            "Samtaler om rusmidler");
  }

  static Fixture create(JooqPersistence persistence) {
    Fixture f = new Fixture(persistence);
    persistence.organisations().add(f.municipality);
    persistence.organisations().add(f.centre);
    persistence.organisations().add(f.unit);
    persistence.organisations().add(f.otherUnit);
    persistence.staffMembers().add(f.nurse);
    persistence.staffMembers().add(f.mentor);
    persistence.courseTemplates().add(f.template);
    return f;
  }

  /** A citizen that is not stored. */
  Citizen newCitizen(@Nullable CprNumber cpr) {
    return new Citizen(
        CitizenId.random(),
        municipality.id(),
        ExternalRef.of("nexus", "citizen-" + UUID.randomUUID()),
        cpr,
        "Karen Jensen",
        Language.DA,
        Citizen.DEFAULT_ZONE,
        0);
  }

  /** A stored citizen without a CPR number. */
  Citizen citizen() {
    Citizen citizen = newCitizen(null);
    persistence.citizens().add(citizen);
    return citizen;
  }

  /** A stored citizen who reads English in London time. */
  Citizen englishCitizen() {
    Citizen citizen =
        new Citizen(
            CitizenId.random(),
            municipality.id(),
            ExternalRef.of("sensum", "c-" + UUID.randomUUID()),
            anyCpr(),
            "John Smith",
            Language.EN,
            ZoneId.of("Europe/London"),
            0);
    persistence.citizens().add(citizen);
    return citizen;
  }

  /** A valid CPR number that no other test uses. */
  static CprNumber anyCpr() {
    int serial = SERIAL.incrementAndGet() % 10_000;
    return CprNumber.parse(String.format("010190-%04d", serial));
  }

  /** A stored, active course. */
  Course course(Citizen citizen, Unit in, Instant openedAt) {
    Course course =
        new Course(
            CourseId.random(),
            citizen.id(),
            in.id(),
            template.id(),
            CourseState.ACTIVE,
            openedAt,
            null,
            0);
    persistence.courses().add(course);
    return course;
  }

  /** A booked appointment that is not stored. */
  static Appointment booked(
      Course course,
      Instant start,
      Duration length,
      AppointmentMode mode,
      List<StaffMemberId> participants) {
    return new Appointment(
        AppointmentId.random(),
        course.id(),
        course.citizen(),
        course.unit(),
        CONVERSATION,
        start,
        start.plus(length),
        mode,
        participants,
        AppointmentStatus.BOOKED,
        null,
        null,
        null,
        null,
        null,
        NOW.minus(Duration.ofDays(1)),
        NOW.minus(Duration.ofDays(1)),
        0);
  }

  /** A stored, booked appointment of an hour, in person, with the nurse. */
  Appointment appointment(Course course, Instant start) {
    Appointment appointment =
        booked(
            course,
            start,
            Duration.ofHours(1),
            AppointmentMode.inPerson("Nørrebrogade 10, 2200 København N"),
            List.of(nurse.id()));
    persistence.appointments().add(appointment);
    return appointment;
  }

  /**
   * A stored citizen with a stored course in the unit and a stored appointment at {@code start}.
   */
  Appointment appointment(Instant start) {
    return appointment(course(citizen(), unit, NOW.minus(Duration.ofDays(7))), start);
  }

  /** A pending reminder of an appointment that is not stored, due {@code offset} before it. */
  static Reminder reminder(Appointment appointment, Duration offset) {
    return new Reminder(
        ReminderId.random(),
        appointment.id(),
        appointment.citizen(),
        appointment.unit(),
        offset,
        appointment.start().minus(offset),
        appointment.start(),
        ReminderStatus.PENDING,
        null,
        null,
        0);
  }

  /** A stored, pending reminder of a stored appointment. */
  Reminder storedReminder(Duration offset) {
    Reminder reminder = reminder(appointment(NOW.plus(Duration.ofDays(2))), offset);
    persistence.reminders().addAll(List.of(reminder));
    return reminder;
  }

  /** A stored open slot. */
  FreeSlot slot(Unit in, AppointmentType type, Instant start) {
    FreeSlot slot =
        new FreeSlot(
            FreeSlotId.random(),
            in.id(),
            type,
            null,
            start,
            start.plus(Duration.ofMinutes(45)),
            AppointmentMode.phone(),
            null,
            0);
    persistence.freeSlots().add(slot);
    return slot;
  }
}
