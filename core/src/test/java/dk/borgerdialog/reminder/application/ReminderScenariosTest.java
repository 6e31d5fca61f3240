package dk.borgerdialog.reminder.application;

import static dk.borgerdialog.notification.model.ChannelKind.EMAIL;
import static dk.borgerdialog.notification.model.ChannelKind.SMS;
import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderDispatcher;
import dk.borgerdialog.reminder.model.ReminderDispatcher.Outcome;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import dk.borgerdialog.reminder.model.ReminderStatus;
import dk.borgerdialog.reminder.model.ReminderUndelivered;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import dk.borgerdialog.testfixtures.ScriptedNotificationChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reminder moments of SCENARIOS.md, with the scheduler played by hand. */
class ReminderScenariosTest {
  private static final DeliveryResult DOWN = DeliveryResult.retryable("gateway answered 503");

  private final InMemoryPlanWorld world = InMemoryPlanWorld.create();
  private final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();

  private void jonasPrefers(ChannelKind... channels) {
    world
        .contactPreferences()
        .save(
            new ContactPreferences(
                cph.jonas().id(),
                List.of(channels),
                "jonas.berg@example.dk",
                "+4520304050",
                QuietHours.DEFAULT,
                Set.of(),
                0));
  }

  /** Fires every scheduled reminder at its time, and again at each retry, until all finish. */
  private void runTheScheduler(ReminderDispatcher dispatcher) {
    List<Map.Entry<ReminderId, Instant>> due =
        new ArrayList<>(world.reminderScheduler().scheduled().entrySet());
    due.sort(Map.Entry.comparingByValue());
    for (Map.Entry<ReminderId, Instant> entry : due) {
      Instant at = entry.getValue();
      while (true) {
        world.clock().set(at);
        Outcome outcome = dispatcher.dispatch(entry.getKey());
        if (outcome instanceof Outcome.RetryAt retry) {
          assertThat(retry.at()).isAfter(at);
          at = retry.at();
        } else {
          break;
        }
      }
    }
  }

  private List<Reminder> remindersOf(Appointment appointment) {
    return world.reminders().of(appointment.id());
  }

  @Test
  void theNightTheClocksGoBack_noReminderIsSentTwiceOrAtNight() {
    world.clock().set(local("2026-10-20T10:00"));
    world
        .reminderPolicies()
        .set(
            cph.treatment().id(),
            new ReminderPolicy(
                List.of(Duration.ofHours(24), Duration.ofHours(2), Duration.ofMinutes(45)), false));
    jonasPrefers(SMS);
    Appointment sunday = world.bookForJonas("2026-10-25T09:00");
    ScriptedNotificationChannel sms = ScriptedNotificationChannel.delivering(SMS);
    ReminderDispatcher dispatcher = world.dispatchingReminders(sms);

    runTheScheduler(dispatcher);
    // the scheduler fires again in both 02:30s of the night: nothing more goes out
    world.clock().set(Instant.parse("2026-10-25T00:30:00Z"));
    remindersOf(sunday).forEach(r -> dispatcher.dispatch(r.id()));
    world.clock().set(Instant.parse("2026-10-25T01:30:00Z"));
    remindersOf(sunday).forEach(r -> dispatcher.dispatch(r.id()));

    assertThat(remindersOf(sunday))
        .extracting(Reminder::sentAt)
        .containsExactly(
            Instant.parse("2026-10-24T08:00:00Z"), // Saturday 10:00 CEST
            Instant.parse("2026-10-24T18:45:00Z"), // 07:00 moved to Saturday 20:45 CEST
            Instant.parse("2026-10-25T07:15:00Z")); // 08:15 CET
    assertThat(sms.received())
        .hasSize(3)
        .extracting(Notification::idempotencyKey)
        .doesNotHaveDuplicates();
    assertThat(remindersOf(sunday))
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo(ReminderStatus.SENT);
              Instant sentAt = r.sentAt();
              assertThat(sentAt).isNotNull();
              assertThat(QuietHours.DEFAULT.contains(sentAt, InMemoryPlanWorld.ZONE)).isFalse();
            });
  }

  @Test
  void theSmsGatewayIsDown_remindersFallBackToEmailBeforeTheAppointment() {
    jonasPrefers(SMS, EMAIL);
    Appointment monday = world.bookForJonas("2026-01-12T10:00");
    ScriptedNotificationChannel sms =
        ScriptedNotificationChannel.answering(SMS, DOWN, DOWN, DOWN, DOWN, DOWN, DOWN);
    ScriptedNotificationChannel email = ScriptedNotificationChannel.delivering(EMAIL);

    runTheScheduler(world.dispatchingReminders(sms, email));

    assertThat(remindersOf(monday))
        .hasSize(2)
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo(ReminderStatus.SENT);
              assertThat(r.sentVia()).isEqualTo(EMAIL);
              assertThat(r.sentAt()).isEqualTo(r.dueAt().plus(Duration.ofMinutes(6)));
              assertThat(r.sentAt()).isBefore(monday.start());
            });
    assertThat(email.received()).hasSize(2);
  }

  @Test
  void everyGatewayIsDown_staffCanSeeWhichRemindersWereNotDelivered() {
    jonasPrefers(SMS, EMAIL);
    Appointment monday = world.bookForJonas("2026-01-12T10:00");
    DeliveryResult[] sixFailures = {DOWN, DOWN, DOWN, DOWN, DOWN, DOWN};

    runTheScheduler(
        world.dispatchingReminders(
            ScriptedNotificationChannel.answering(SMS, sixFailures),
            ScriptedNotificationChannel.answering(EMAIL, sixFailures)));

    assertThat(remindersOf(monday))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(ReminderStatus.UNDELIVERED));
    assertThat(world.events().all(ReminderUndelivered.class))
        .extracting(e -> e.reminder().id())
        .containsExactlyInAnyOrderElementsOf(
            remindersOf(monday).stream().map(Reminder::id).toList());
    assertThat(world.deliveryAttempts().of(remindersOf(monday).get(0).id()))
        .hasSize(6)
        .isSortedAccordingTo(Comparator.comparing(a -> a.attemptedAt()));
  }
}
