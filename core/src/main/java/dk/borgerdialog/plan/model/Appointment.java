package dk.borgerdialog.plan.model;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.Decision;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An appointment in a citizen's course: the aggregate behind Min planlægning.
 *
 * <p>The rules live here and return a {@link Decision}: a citizen cancels or moves only before the
 * unit's deadline (counted in the citizen's zone) and only as the unit allows; nobody changes an
 * appointment that has started or is no longer booked. A move does not change this appointment's
 * time: it marks it {@link AppointmentStatus#MOVED} and books a replacement, so history and
 * insights (cancellations that were rebooked) stay intact.
 *
 * @param id the id
 * @param course the course it belongs to
 * @param citizen the citizen
 * @param unit the unit that holds it
 * @param type the type, which decides the free slots it may move into
 * @param start the start
 * @param end the end
 * @param mode in person, phone or video
 * @param participants the staff members taking part
 * @param status the status
 * @param cancellation why it was cancelled, or null
 * @param cancelledBy which kind of actor cancelled it, or null
 * @param replaces the appointment this one replaced by a move, or null
 * @param replacedBy the appointment that replaced this one, or null
 * @param slot the free slot it was booked into, or null
 * @param bookedAt when it was booked
 * @param changedAt when its status last changed
 * @param version the optimistic version
 */
public record Appointment(
    AppointmentId id,
    CourseId course,
    CitizenId citizen,
    UnitId unit,
    AppointmentType type,
    Instant start,
    Instant end,
    AppointmentMode mode,
    List<StaffMemberId> participants,
    AppointmentStatus status,
    @Nullable CancellationReason cancellation,
    @Nullable ActorKind cancelledBy,
    @Nullable AppointmentId replaces,
    @Nullable AppointmentId replacedBy,
    @Nullable FreeSlotId slot,
    Instant bookedAt,
    Instant changedAt,
    long version) {

  /** The most staff members on one appointment. */
  public static final int MAX_PARTICIPANTS = 10;

  private static final Set<AppointmentStatus> ATTENDANCE =
      Set.of(AppointmentStatus.BOOKED, AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW);

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** Validates the appointment. */
  public Appointment {
    Check.notNull("id", id);
    Check.notNull("course", course);
    Check.notNull("citizen", citizen);
    Check.notNull("unit", unit);
    Check.notNull("type", type);
    Check.interval(start, end);
    Check.notNull("mode", mode);
    participants =
        List.copyOf(Check.list("participants", participants).stream().distinct().toList());
    Check.that(
        participants.size() <= MAX_PARTICIPANTS,
        "participants",
        "must be at most " + MAX_PARTICIPANTS);
    Check.notNull("status", status);
    Check.that(
        (status == AppointmentStatus.CANCELLED) == (cancellation != null),
        "cancellation",
        "must be set exactly when the appointment is cancelled");
    Check.that(
        (status == AppointmentStatus.MOVED) == (replacedBy != null),
        "replacedBy",
        "must be set exactly when the appointment is moved");
    Check.notNull("bookedAt", bookedAt);
    Check.notNull("changedAt", changedAt);
  }

  /**
   * Books a new appointment in a course.
   *
   * @param course the course, which must be active
   * @param type the type
   * @param start the start, in the future
   * @param end the end, after the start
   * @param mode in person, phone or video
   * @param participants the staff members taking part
   * @param slot the free slot it takes, or null
   * @param now the current instant
   * @return the booked appointment, or a refusal if the course is not active
   * @throws InvalidInputException if a value is missing or the times are wrong
   */
  public static Decision<Appointment> book(
      Course course,
      AppointmentType type,
      Instant start,
      Instant end,
      AppointmentMode mode,
      List<StaffMemberId> participants,
      @Nullable FreeSlotId slot,
      Instant now) {
    Check.notNull("course", course);
    Check.interval(start, end);
    Check.that(start.isAfter(now), "start", "must be in the future");
    if (!course.isActive()) {
      return Decision.refuse(
          "course.not-active", "Appointments can only be booked in an active course.");
    }
    return Decision.accept(
        new Appointment(
            AppointmentId.random(),
            course.id(),
            course.citizen(),
            course.unit(),
            type,
            start,
            end,
            mode,
            participants,
            AppointmentStatus.BOOKED,
            null,
            null,
            null,
            null,
            slot,
            now,
            now,
            0));
  }

  /**
   * Cancels this appointment.
   *
   * @param by the kind of actor cancelling; citizens are bound by the unit's rules
   * @param reason the reason
   * @param rules the unit's booking rules
   * @param zone the citizen's zone, in which the deadline is counted
   * @param now the current instant
   * @return the cancelled appointment, or a refusal
   * @throws InvalidInputException if a citizen gives a reason reserved for staff
   */
  public Decision<Appointment> cancel(
      ActorKind by, CancellationReason reason, BookingRules rules, ZoneId zone, Instant now) {
    Check.notNull("reason", reason);
    if (by.boundByCitizenRules() && reason.code() == CancellationReasonCode.UNIT_CANCELLED) {
      throw new InvalidInputException("reason.code", "UNIT_CANCELLED is for staff only");
    }
    Decision.Refused<Appointment> refused =
        refuseChange(by, rules.citizensMayCancel(), rules, zone, now);
    if (refused != null) {
      return refused;
    }
    return Decision.accept(withStatus(AppointmentStatus.CANCELLED, reason, by, null, now));
  }

  /**
   * Moves this appointment to a new time: this one becomes {@link AppointmentStatus#MOVED} and a
   * replacement is booked.
   *
   * @param by the kind of actor moving; citizens are bound by the unit's rules
   * @param newStart the replacement's start, in the future
   * @param newEnd the replacement's end
   * @param newMode the replacement's mode
   * @param newParticipants the replacement's participants
   * @param newSlot the free slot the replacement takes, or null
   * @param rules the unit's booking rules
   * @param zone the citizen's zone, in which the deadline is counted
   * @param now the current instant
   * @return the old and new appointment, or a refusal
   * @throws InvalidInputException if the new times are wrong
   */
  public Decision<Moved> moveTo(
      ActorKind by,
      Instant newStart,
      Instant newEnd,
      AppointmentMode newMode,
      List<StaffMemberId> newParticipants,
      @Nullable FreeSlotId newSlot,
      BookingRules rules,
      ZoneId zone,
      Instant now) {
    Check.interval(newStart, newEnd);
    Check.that(newStart.isAfter(now), "start", "must be in the future");
    Decision.Refused<Moved> refused = refuseChange(by, rules.citizensMayMove(), rules, zone, now);
    if (refused != null) {
      return refused;
    }
    AppointmentId replacementId = AppointmentId.random();
    Appointment replacement =
        new Appointment(
            replacementId,
            course,
            citizen,
            unit,
            type,
            newStart,
            newEnd,
            newMode,
            newParticipants,
            AppointmentStatus.BOOKED,
            null,
            null,
            id,
            null,
            newSlot,
            now,
            now,
            0);
    Appointment moved = withStatus(AppointmentStatus.MOVED, null, null, replacementId, now);
    return Decision.accept(new Moved(moved, replacement));
  }

  /**
   * Records that the citizen came. A mark may be corrected later.
   *
   * @param now the current instant
   * @return the marked appointment, or a refusal before the start or when not booked
   */
  public Decision<Appointment> markAttended(Instant now) {
    return mark(AppointmentStatus.ATTENDED, now);
  }

  /**
   * Records that the citizen did not come. A mark may be corrected later.
   *
   * @param now the current instant
   * @return the marked appointment, or a refusal before the start or when not booked
   */
  public Decision<Appointment> markNoShow(Instant now) {
    return mark(AppointmentStatus.NO_SHOW, now);
  }

  /**
   * The last instant a citizen may cancel or move this appointment.
   *
   * @param rules the unit's booking rules
   * @param zone the citizen's zone
   * @return the deadline
   */
  public Instant changeDeadline(BookingRules rules, ZoneId zone) {
    return rules.deadline().latestChange(start, zone);
  }

  private Decision<Appointment> mark(AppointmentStatus newStatus, Instant now) {
    if (!ATTENDANCE.contains(status)) {
      return Decision.refuse(
          "appointment.not-booked", "Attendance can only be recorded for a booked appointment.");
    }
    if (now.isBefore(start)) {
      return Decision.refuse(
          "appointment.not-started",
          "Attendance can be recorded once the appointment has started.");
    }
    return Decision.accept(withStatus(newStatus, null, null, null, now));
  }

  /** This appointment with a new status, its reason, and the time of the change. */
  private Appointment withStatus(
      AppointmentStatus newStatus,
      @Nullable CancellationReason reason,
      @Nullable ActorKind by,
      @Nullable AppointmentId replacement,
      Instant now) {
    return new Appointment(
        id,
        course,
        citizen,
        unit,
        type,
        start,
        end,
        mode,
        participants,
        newStatus,
        reason,
        by,
        replaces,
        replacement,
        slot,
        bookedAt,
        now,
        version);
  }

  private <T> Decision.@Nullable Refused<T> refuseChange(
      ActorKind by, boolean citizensMay, BookingRules rules, ZoneId zone, Instant now) {
    if (status != AppointmentStatus.BOOKED) {
      return new Decision.Refused<>(
          "appointment.not-booked", "Only a booked appointment can be changed.");
    }
    if (!now.isBefore(start)) {
      return new Decision.Refused<>("appointment.started", "The appointment has already started.");
    }
    if (by.boundByCitizenRules()) {
      if (!citizensMay) {
        return new Decision.Refused<>(
            "appointment.change-not-offered",
            "This unit does not offer this change online. Please contact the unit.");
      }
      Instant deadline = changeDeadline(rules, zone);
      if (now.isAfter(deadline)) {
        return new Decision.Refused<>(
            "appointment.deadline-passed",
            "The deadline for changing this appointment was "
                + LOCAL.format(deadline.atZone(zone))
                + ". Please contact the unit.");
      }
    }
    return null;
  }

  /**
   * The result of a move.
   *
   * @param moved the old appointment, now {@link AppointmentStatus#MOVED}
   * @param replacement the new, booked appointment
   */
  public record Moved(Appointment moved, Appointment replacement) {}
}
