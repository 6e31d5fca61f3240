package dk.borgerdialog;

import dk.borgerdialog.calendar.model.FeedToken;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.plan.model.AppointmentId;
import java.time.Instant;

/**
 * Calendars as one actor: RFC 5545 .ics of an appointment or an activity occurrence, and the
 * citizen's calendar feed with the plan's appointments and the activities signed up for.
 *
 * <p>The feed is reached by an unguessable token that the citizen can revoke; only its hash is
 * stored. Calendar clients fetch it without a sign-in, so the host serves it as the system actor:
 * {@code dialog.as(Actor.system("calendar-feed")).calendar().feed(token)}.
 */
public interface CalendarOperations {

  /**
   * One appointment as .ics.
   *
   * @param appointment the appointment
   * @return the .ics text
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  String appointment(AppointmentId appointment);

  /**
   * One occurrence of an activity as .ics.
   *
   * @param citizen whom it is for
   * @param activity the activity
   * @param occurrence the occurrence's start
   * @return the .ics text
   * @throws dk.borgerdialog.common.InvalidInputException naming {@code occurrence} if it is not an
   *     occurrence of the activity
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  String occurrence(CitizenId citizen, ActivityId activity, Instant occurrence);

  /**
   * Issues a new feed token; the citizen's earlier tokens stop working. It is shown once.
   *
   * @param citizen the citizen
   * @return the token
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  FeedToken issueFeed(CitizenId citizen);

  /**
   * Revokes the citizen's feed tokens.
   *
   * @param citizen the citizen
   * @return how many were revoked
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen's own
   */
  int revokeFeed(CitizenId citizen);

  /**
   * The feed of a token, for the host's feed endpoint.
   *
   * @param token the token from the feed's address
   * @return the .ics text
   * @throws dk.borgerdialog.common.NoSuchEntityException if the token is unknown or revoked
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  String feed(String token);
}
