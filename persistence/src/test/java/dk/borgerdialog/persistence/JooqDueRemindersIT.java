package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.relative.model.LegalBasis;
import dk.borgerdialog.relative.model.Relative;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.RelativeGrantId;
import dk.borgerdialog.relative.model.Scope;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.DeliveryAttempt.Outcome;
import dk.borgerdialog.reminder.model.DueReminders;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqDueRemindersIT {

  @Nested
  class OnH2 extends Contract {
    OnH2() {
      super(Database.H2);
    }
  }

  @Nested
  class OnPostgres extends Contract {
    OnPostgres() {
      super(Database.POSTGRES);
    }
  }

  abstract static class Contract extends DatabaseContract {
    Contract(Database database) {
      super(database);
    }

    DueReminders due() {
      return persistence.dueReminders();
    }

    @Test
    void a_reminder_comes_with_its_log_its_appointments_status_its_citizen_and_their_preferences() {
      Reminder reminder = fixture.storedReminder(Duration.ofHours(24));
      Citizen citizen = persistence.citizens().byId(reminder.citizen()).orElseThrow();
      ContactPreferences preferences =
          persistence
              .contactPreferences()
              .save(
                  new ContactPreferences(
                      citizen.id(),
                      List.of(ChannelKind.SMS, ChannelKind.EMAIL),
                      "karen.jensen@example.dk",
                      "+4512345678",
                      new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)),
                      Set.of(),
                      0));
      DeliveryAttempt later = attempt(reminder, ChannelKind.EMAIL, 30, Outcome.FAILED);
      DeliveryAttempt first = attempt(reminder, ChannelKind.SMS, 0, Outcome.REFUSED);
      DeliveryAttempt sameInstant = attempt(reminder, ChannelKind.IN_APP, 0, Outcome.UNKNOWN);
      persistence.deliveryAttempts().add(later);
      persistence.deliveryAttempts().add(first);
      persistence.deliveryAttempts().add(sameInstant);
      Reminder other = fixture.storedReminder(Duration.ofHours(2));
      persistence.deliveryAttempts().add(attempt(other, ChannelKind.SMS, 0, Outcome.DELIVERED));

      DueReminders.Due due = due().of(reminder.id()).orElseThrow();

      assertThat(due.reminder()).isEqualTo(reminder);
      assertThat(due.attempts()).containsExactly(first, sameInstant, later);
      assertThat(due.attempts()).isEqualTo(persistence.deliveryAttempts().of(reminder.id()));
      assertThat(due.appointmentStatus()).isEqualTo(AppointmentStatus.BOOKED);
      assertThat(due.citizen()).isEqualTo(citizen);
      assertThat(due.contact()).isEqualTo(preferences);
      assertThat(due.mayHaveRelatives()).isFalse();
      assertThat(due().of(other.id()).orElseThrow().contact()).isNull();
      assertThat(due().of(ReminderId.random())).isEmpty();
    }

    @Test
    void the_instants_of_the_log_are_read_exactly_and_without_an_exception_each() throws Exception {
      Reminder reminder = fixture.storedReminder(Duration.ofHours(24));
      List<DeliveryAttempt> recorded = new ArrayList<>();
      // sub-second, at both 2026 clock changes in Copenhagen, and whole seconds
      for (Instant at :
          List.of(
              Instant.parse("2026-03-29T00:59:59.999999Z"),
              Instant.parse("2026-03-29T01:30:00.123456Z"),
              Instant.parse("2026-10-25T00:30:00Z"),
              Instant.parse("2026-10-25T01:30:00.5Z"),
              NOW)) {
        DeliveryAttempt attempt =
            new DeliveryAttempt(
                UUID.randomUUID(),
                reminder.id(),
                ChannelKind.SMS,
                reminder.idempotencyKey(ChannelKind.SMS),
                at,
                Outcome.FAILED,
                null,
                "503");
        persistence.deliveryAttempts().add(attempt);
        recorded.add(attempt);
      }
      due().of(reminder.id()).orElseThrow();

      DueReminders.Due due;
      List<RecordedEvent> thrown;
      try (Recording recording = new Recording()) {
        recording.enable("jdk.JavaExceptionThrow").withStackTrace();
        recording.start();
        due = due().of(reminder.id()).orElseThrow();
        recording.stop();
        Path file = Files.createTempFile("due-reminder", ".jfr");
        try {
          recording.dump(file);
          String thread = Thread.currentThread().getName();
          thrown =
              RecordingFile.readAllEvents(file).stream()
                  .filter(e -> e.getThread() != null)
                  .filter(e -> thread.equals(e.getThread().getJavaName()))
                  .toList();
        } finally {
          Files.deleteIfExists(file);
        }
      }

      assertThat(due.attempts()).containsExactlyElementsOf(recorded);
      // jOOQ's own conversion of the sets' text tried the JDBC format first and threw for each
      assertThat(thrown)
          .as("exceptions thrown while reading a log of %d attempts", recorded.size())
          .extracting(e -> e.getClass("thrownClass").getName())
          .isEmpty();
    }

    @Test
    void a_cancelled_appointment_shows_in_the_status() {
      Reminder reminder = fixture.storedReminder(Duration.ofHours(24));
      Appointment appointment =
          persistence.appointments().byId(reminder.appointment()).orElseThrow();
      persistence
          .appointments()
          .update(
              appointment
                  .cancel(
                      ActorKind.STAFF,
                      CancellationReason.of(CancellationReasonCode.ILLNESS),
                      BookingRules.defaults(),
                      java.time.ZoneId.of("Europe/Copenhagen"),
                      NOW)
                  .orElseThrow());

      assertThat(due().of(reminder.id()).orElseThrow().appointmentStatus())
          .isEqualTo(AppointmentStatus.CANCELLED);
      assertThat(persistence.appointments().statusOf(reminder.appointment()))
          .contains(AppointmentStatus.CANCELLED);
    }

    @Test
    void a_grant_to_a_relative_that_is_not_revoked_is_seen() {
      Reminder reminder = fixture.storedReminder(Duration.ofHours(24));
      Relative anna =
          Relative.create(ExternalRef.of("mitid", "anna-" + UUID.randomUUID()), "Anna Holm");
      persistence.relatives().add(anna);
      RelativeGrant grant =
          new RelativeGrant(
              RelativeGrantId.random(),
              reminder.citizen(),
              anna.id(),
              "datter",
              Set.of(Scope.RECEIVE_REMINDERS),
              LegalBasis.consent(),
              NOW,
              reminder.citizen().toString(),
              null,
              null,
              null,
              null,
              0);
      persistence.relativeGrants().add(grant);

      assertThat(due().of(reminder.id()).orElseThrow().mayHaveRelatives()).isTrue();

      persistence.relativeGrants().update(grant.revoke("staff:1", "ended", NOW));

      assertThat(due().of(reminder.id()).orElseThrow().mayHaveRelatives()).isFalse();
    }

    private static DeliveryAttempt attempt(
        Reminder reminder, ChannelKind kind, int seconds, Outcome outcome) {
      return new DeliveryAttempt(
          UUID.randomUUID(),
          reminder.id(),
          kind,
          reminder.idempotencyKey(kind),
          NOW.plusSeconds(seconds),
          outcome,
          outcome == Outcome.DELIVERED ? "provider-1" : null,
          outcome == Outcome.DELIVERED ? null : "no");
    }
  }
}
