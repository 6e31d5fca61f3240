package dk.borgerdialog.plan.model;

import dk.borgerdialog.organisation.model.BookingRules;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A booked appointment still to come, with what the citizen needs to see about it.
 *
 * @param appointment the appointment
 * @param unitPublicName the unit's neutral public name
 * @param rules the unit's booking rules
 * @param participants the staff members taking part
 */
public record UpcomingAppointment(
    Appointment appointment,
    String unitPublicName,
    BookingRules rules,
    List<Participant> participants) {

  /** Copies the participants. */
  public UpcomingAppointment {
    participants = List.copyOf(participants);
  }

  /**
   * The last instant the citizen may cancel or move it.
   *
   * @param zone the citizen's zone
   * @return the deadline
   */
  public Instant changeDeadline(ZoneId zone) {
    return appointment.changeDeadline(rules, zone);
  }

  /**
   * Whether the citizen may still move it into a free slot.
   *
   * @param now the current instant
   * @param zone the citizen's zone
   * @return true if the unit allows moves, the deadline has not passed and it has not started
   */
  public boolean citizenMayMove(Instant now, ZoneId zone) {
    return rules.citizensMayMove() && inTime(now, zone);
  }

  /**
   * Whether the citizen may still cancel it.
   *
   * @param now the current instant
   * @param zone the citizen's zone
   * @return true if the unit allows cancelling, the deadline has not passed and it has not started
   */
  public boolean citizenMayCancel(Instant now, ZoneId zone) {
    return rules.citizensMayCancel() && inTime(now, zone);
  }

  // as Appointment decides: before the start (a zero deadline ends there) and by the deadline
  private boolean inTime(Instant now, ZoneId zone) {
    return now.isBefore(appointment.start()) && !now.isAfter(changeDeadline(zone));
  }
}
