package dk.borgerdialog.testfixtures;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.FreeSlotId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Appointments and free slots for tests, built through the aggregate's own factories. */
public final class AppointmentFixture {
  /** The usual type of appointment: a conversation. */
  public static final AppointmentType CONVERSATION = AppointmentType.of("conversation");

  /** A home visit. */
  public static final AppointmentType HOME_VISIT = AppointmentType.of("home_visit");

  /** How long the fixture's appointments and slots last. */
  public static final Duration ONE_HOUR = Duration.ofHours(1);

  /** A neutral meeting place. */
  public static final AppointmentMode AT_THE_CENTRE =
      AppointmentMode.inPerson("Borgercenter Nord, Nørrebrogade 10, 2200 København N");

  private AppointmentFixture() {}

  /**
   * A new random id.
   *
   * @return the id
   */
  public static AppointmentId anyAppointmentId() {
    return AppointmentId.random();
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static FreeSlotId anyFreeSlotId() {
    return FreeSlotId.random();
  }

  /**
   * A one-hour conversation at the centre, booked now.
   *
   * @param course the course, active
   * @param start the start, after now
   * @param now the current instant
   * @param participants the staff members taking part
   * @return the booked appointment, version 0
   */
  public static Appointment bookedAppointment(
      Course course, Instant start, Instant now, StaffMemberId... participants) {
    return Appointment.book(
            course,
            CONVERSATION,
            start,
            start.plus(ONE_HOUR),
            AT_THE_CENTRE,
            List.of(participants),
            null,
            now)
        .orElseThrow();
  }

  /**
   * An appointment booked into a free slot, taking its time and mode.
   *
   * @param course the course, active
   * @param slot the slot
   * @param now the current instant
   * @return the booked appointment, version 0
   */
  public static Appointment bookedIntoSlot(Course course, FreeSlot slot, Instant now) {
    @Nullable StaffMemberId staff = slot.staffMember();
    return Appointment.book(
            course,
            slot.type(),
            slot.start(),
            slot.end(),
            slot.mode(),
            staff == null ? List.of() : List.of(staff),
            slot.id(),
            now)
        .orElseThrow();
  }

  /**
   * The same appointment, cancelled by staff.
   *
   * @param booked the booked appointment
   * @param now the current instant, before the start
   * @return the cancelled appointment, same version
   */
  public static Appointment cancelledByStaff(Appointment booked, Instant now) {
    return booked
        .cancel(
            ActorKind.STAFF,
            CancellationReason.of(CancellationReasonCode.UNIT_CANCELLED),
            BookingRules.defaults(),
            CitizenFixture.COPENHAGEN_ZONE,
            now)
        .orElseThrow();
  }

  /**
   * An open one-hour slot for conversations at the centre.
   *
   * @param unit the unit
   * @param start the start, after now
   * @param now the current instant
   * @return the slot, version 0
   */
  public static FreeSlot openSlot(UnitId unit, Instant start, Instant now) {
    return openSlot(unit, CONVERSATION, null, start, now);
  }

  /**
   * An open one-hour slot at the centre.
   *
   * @param unit the unit
   * @param type the appointment type
   * @param staffMember the staff member, or null
   * @param start the start, after now
   * @param now the current instant
   * @return the slot, version 0
   */
  public static FreeSlot openSlot(
      UnitId unit,
      AppointmentType type,
      @Nullable StaffMemberId staffMember,
      Instant start,
      Instant now) {
    return FreeSlot.open(unit, type, staffMember, start, start.plus(ONE_HOUR), AT_THE_CENTRE, now);
  }
}
