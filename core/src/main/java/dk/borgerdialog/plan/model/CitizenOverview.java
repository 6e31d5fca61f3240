package dk.borgerdialog.plan.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.notification.model.InAppNotification;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Min planlægning: a citizen's courses with their plans, and the appointments to come.
 *
 * @param citizen the citizen
 * @param name the citizen's name
 * @param language the citizen's language
 * @param zone the citizen's zone, to show times in
 * @param courses the courses, oldest first
 * @param upcoming the booked appointments that have not ended, earliest first
 * @param notifications the citizen's newest in-app notifications (reminders and the like), newest
 *     first; empty when staff look
 * @param unreadNotifications how many in-app notifications the citizen has not read; 0 when staff
 *     look
 */
public record CitizenOverview(
    CitizenId citizen,
    String name,
    Language language,
    ZoneId zone,
    List<CourseSummary> courses,
    List<UpcomingAppointment> upcoming,
    List<InAppNotification> notifications,
    int unreadNotifications) {

  /** Copies the lists. */
  public CitizenOverview {
    courses = List.copyOf(courses);
    upcoming = List.copyOf(upcoming);
    notifications = List.copyOf(notifications);
  }

  /**
   * This overview with the citizen's in-app notifications.
   *
   * @param newest the newest notifications, newest first
   * @param unread how many are unread in all
   * @return the overview
   */
  public CitizenOverview withNotifications(List<InAppNotification> newest, int unread) {
    return new CitizenOverview(citizen, name, language, zone, courses, upcoming, newest, unread);
  }

  /**
   * The next appointment, shown first.
   *
   * @return the earliest upcoming appointment, if any
   */
  public Optional<UpcomingAppointment> next() {
    return upcoming.stream().findFirst();
  }

  /** Shows ids and counts only: the overview is full of personal data. */
  @Override
  public String toString() {
    return "CitizenOverview[citizen="
        + citizen
        + ", courses="
        + courses.size()
        + ", upcoming="
        + upcoming.size()
        + ", unreadNotifications="
        + unreadNotifications
        + "]";
  }
}
