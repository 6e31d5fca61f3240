package dk.borgerdialog.reminder.model;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.plan.model.AppointmentStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the dispatcher needs to know about a due reminder, in one read (a secondary port): the
 * reminder, its delivery log, the status of its appointment, its citizen and their contact
 * preferences. The decisions taken on it are checked again under the reminder's lock before
 * anything is sent.
 */
public interface DueReminders {

  /**
   * A due reminder with what its dispatch depends on.
   *
   * @param reminder the reminder
   * @param attempts its delivery attempts, oldest first (in the order recorded)
   * @param appointmentStatus the status of its appointment, or null if the appointment is gone
   * @param citizen its citizen, or null if the citizen is gone
   * @param contact the citizen's contact preferences, or null if the citizen stated none
   * @param mayHaveRelatives whether the citizen has a grant to a relative that is not revoked; when
   *     false, no relative is to be reminded and the grants need not be read
   */
  record Due(
      Reminder reminder,
      List<DeliveryAttempt> attempts,
      @Nullable AppointmentStatus appointmentStatus,
      @Nullable Citizen citizen,
      @Nullable ContactPreferences contact,
      boolean mayHaveRelatives) {

    /** Checks and copies. */
    public Due {
      Objects.requireNonNull(reminder, "reminder");
      attempts = List.copyOf(attempts);
    }
  }

  /**
   * A reminder with what its dispatch depends on.
   *
   * @param id the reminder
   * @return the reminder and the rest, or empty if there is no such reminder
   */
  Optional<Due> of(ReminderId id);
}
