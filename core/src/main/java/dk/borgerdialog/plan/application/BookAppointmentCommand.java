package dk.borgerdialog.plan.application;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.FreeSlotId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Book an appointment in a course, either at a given time or into a free slot.
 *
 * @param course the course
 * @param type the appointment type
 * @param start the start, or null when booking into a slot
 * @param end the end, or null when booking into a slot
 * @param mode the mode, or null when booking into a slot
 * @param participants the staff members taking part; a slot's own staff member is added
 * @param slot the free slot to take, or null
 */
public record BookAppointmentCommand(
    CourseId course,
    AppointmentType type,
    @Nullable Instant start,
    @Nullable Instant end,
    @Nullable AppointmentMode mode,
    List<StaffMemberId> participants,
    @Nullable FreeSlotId slot) {

  /** Validates the command. */
  public BookAppointmentCommand {
    Check.notNull("course", course);
    Check.notNull("type", type);
    participants = Check.list("participants", participants);
    if (slot == null) {
      Check.interval(start, end);
      Check.notNull("mode", mode);
    } else {
      Check.that(
          start == null && end == null && mode == null, "slot", "excludes start, end and mode");
    }
  }

  /**
   * Book at a given time.
   *
   * @param course the course
   * @param type the appointment type
   * @param start the start
   * @param end the end
   * @param mode the mode
   * @param participants the staff members taking part
   * @return the command
   */
  public static BookAppointmentCommand at(
      CourseId course,
      AppointmentType type,
      Instant start,
      Instant end,
      AppointmentMode mode,
      List<StaffMemberId> participants) {
    return new BookAppointmentCommand(course, type, start, end, mode, participants, null);
  }

  /**
   * Book into a free slot, taking its time, mode and staff member.
   *
   * @param course the course
   * @param slot the slot
   * @param type the appointment type, which must be the slot's
   * @return the command
   */
  public static BookAppointmentCommand intoSlot(
      CourseId course, AppointmentType type, FreeSlotId slot) {
    return new BookAppointmentCommand(course, type, null, null, null, List.of(), slot);
  }
}
