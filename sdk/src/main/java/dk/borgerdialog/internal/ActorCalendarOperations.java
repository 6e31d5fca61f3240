package dk.borgerdialog.internal;

import dk.borgerdialog.CalendarOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.calendar.application.ExportingCalendars;
import dk.borgerdialog.calendar.model.FeedToken;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.plan.model.AppointmentId;
import java.time.Instant;

/** {@link CalendarOperations} bound to one actor. */
final class ActorCalendarOperations implements CalendarOperations {
  private final Actor actor;
  private final ExportingCalendars calendars;

  ActorCalendarOperations(Actor actor, ExportingCalendars calendars) {
    this.actor = actor;
    this.calendars = calendars;
  }

  @Override
  public String appointment(AppointmentId appointment) {
    return calendars.appointment(actor, appointment);
  }

  @Override
  public String occurrence(CitizenId citizen, ActivityId activity, Instant occurrence) {
    return calendars.occurrence(actor, citizen, activity, occurrence);
  }

  @Override
  public FeedToken issueFeed(CitizenId citizen) {
    return calendars.issueFeed(actor, citizen);
  }

  @Override
  public int revokeFeed(CitizenId citizen) {
    return calendars.revokeFeed(actor, citizen);
  }

  @Override
  public String feed(String token) {
    return calendars.feed(actor, token);
  }
}
