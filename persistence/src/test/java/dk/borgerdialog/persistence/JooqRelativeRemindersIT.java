package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static dk.borgerdialog.persistence.Fixture.reminder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.BorgerdialogException;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.relative.model.Relative;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.RelativeReminder;
import dk.borgerdialog.reminder.model.RelativeReminderLog;
import dk.borgerdialog.reminder.model.RelativeReminders;
import dk.borgerdialog.reminder.model.Reminder;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqRelativeRemindersIT {

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

    RelativeReminders copies() {
      return persistence.relativeReminders();
    }

    Reminder sentReminder() {
      Reminder pending =
          reminder(fixture.appointment(NOW.plus(Duration.ofDays(3))), Duration.ofHours(24));
      persistence.reminders().addAll(List.of(pending));
      return persistence.reminders().update(pending.sent(ChannelKind.SMS, NOW));
    }

    Relative relative(String name) {
      Relative relative =
          Relative.create(ExternalRef.of("mitid", name + "-" + UUID.randomUUID()), name);
      persistence.relatives().add(relative);
      return relative;
    }

    DeliveryAttempt attempt(
        Reminder reminder,
        Relative relative,
        ChannelKind channel,
        DeliveryAttempt.Outcome outcome) {
      return attemptAt(reminder, relative, channel, outcome, NOW);
    }

    DeliveryAttempt attemptAt(
        Reminder reminder,
        Relative relative,
        ChannelKind channel,
        DeliveryAttempt.Outcome outcome,
        java.time.Instant at) {
      return new DeliveryAttempt(
          UUID.randomUUID(),
          reminder.id(),
          channel,
          RelativeReminder.idempotencyKey(reminder, relative.id(), channel),
          at,
          outcome,
          outcome == DeliveryAttempt.Outcome.DELIVERED ? "provider-1" : null,
          outcome == DeliveryAttempt.Outcome.DELIVERED ? null : "503");
    }

    @Test
    void a_copy_is_planned_once_per_reminder_and_relative_and_round_trips() {
      Reminder reminder = sentReminder();
      Relative anna = relative("Anna");
      RelativeReminder first = RelativeReminder.pending(reminder, anna.id(), NOW);

      assertThat(copies().addOnce(first)).isTrue();
      assertThat(copies().addOnce(RelativeReminder.pending(reminder, anna.id(), NOW))).isFalse();
      RelativeReminder bens = RelativeReminder.pending(reminder, relative("Ben").id(), NOW);
      assertThat(copies().addOnce(bens)).isTrue();

      assertThat(copies().byId(first.id())).contains(first);
      assertThat(copies().lockById(first.id())).contains(first);
      assertThat(copies().byId(UUID.randomUUID())).isEmpty();
      assertThat(copies().ofReminder(reminder.id())).containsExactlyInAnyOrder(first, bens);
    }

    @Test
    void attempts_are_logged_in_order_with_their_reminder_and_the_copy_finished_once() {
      Reminder reminder = sentReminder();
      Relative anna = relative("Anna");
      RelativeReminder pending = RelativeReminder.pending(reminder, anna.id(), NOW);
      copies().addOnce(pending);
      DeliveryAttempt refused =
          attempt(reminder, anna, ChannelKind.SMS, DeliveryAttempt.Outcome.REFUSED);
      DeliveryAttempt delivered =
          attempt(reminder, anna, ChannelKind.EMAIL, DeliveryAttempt.Outcome.DELIVERED);

      copies().addAttempt(pending.id(), refused);
      copies().addAttempt(pending.id(), delivered);

      assertThat(copies().attempts(pending.id())).containsExactly(refused, delivered);
      assertThat(copies().attempts(UUID.randomUUID())).isEmpty();
      RelativeReminder sent = copies().update(pending.sent(ChannelKind.EMAIL, NOW));
      assertThat(sent.status()).isEqualTo(RelativeReminder.Status.SENT);
      assertThat(sent.sentVia()).isEqualTo(ChannelKind.EMAIL);
      assertThat(sent.finishedAt()).isEqualTo(NOW);
      assertThat(sent.version()).isEqualTo(1);
      assertThatThrownBy(
              () -> copies().update(pending.finished(RelativeReminder.Status.UNDELIVERED, NOW)))
          .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_reminders_copies_with_their_attempts_are_read_in_one_statement() {
      Reminder reminder = sentReminder();
      Relative anna = relative("Anna");
      Relative ben = relative("Ben");
      Relative carl = relative("Carl");
      RelativeReminder annas = RelativeReminder.pending(reminder, anna.id(), NOW.plusSeconds(1));
      RelativeReminder bens = RelativeReminder.pending(reminder, ben.id(), NOW);
      RelativeReminder carls = RelativeReminder.pending(reminder, carl.id(), NOW.plusSeconds(1));
      copies().addOnce(annas);
      copies().addOnce(bens);
      copies().addOnce(carls);
      DeliveryAttempt annaLater =
          attemptAt(
              reminder,
              anna,
              ChannelKind.EMAIL,
              DeliveryAttempt.Outcome.DELIVERED,
              NOW.plusSeconds(60));
      DeliveryAttempt annaFirst =
          attempt(reminder, anna, ChannelKind.SMS, DeliveryAttempt.Outcome.REFUSED);
      DeliveryAttempt annaSameInstant =
          attempt(reminder, anna, ChannelKind.EMAIL, DeliveryAttempt.Outcome.FAILED);
      DeliveryAttempt carlsOnly =
          attempt(reminder, carl, ChannelKind.SMS, DeliveryAttempt.Outcome.UNKNOWN);
      copies().addAttempt(annas.id(), annaLater);
      copies().addAttempt(annas.id(), annaFirst);
      copies().addAttempt(annas.id(), annaSameInstant);
      copies().addAttempt(carls.id(), carlsOnly);
      Reminder other = sentReminder();
      RelativeReminder elsewhere = RelativeReminder.pending(other, anna.id(), NOW);
      copies().addOnce(elsewhere);
      copies()
          .addAttempt(
              elsewhere.id(),
              attempt(other, anna, ChannelKind.SMS, DeliveryAttempt.Outcome.DELIVERED));
      CountingDataSource counting = new CountingDataSource(dataSource);
      RelativeReminders counted = JooqPersistence.create(counting.dataSource()).relativeReminders();

      counting.reset();
      List<RelativeReminderLog> log = counted.logOf(reminder.id());
      int statements = counting.statements();

      // the same as reading the copies and then each one's attempts
      assertThat(log)
          .isEqualTo(
              copies().ofReminder(reminder.id()).stream()
                  .map(copy -> new RelativeReminderLog(copy, copies().attempts(copy.id())))
                  .toList());
      assertThat(log).extracting(RelativeReminderLog::copy).startsWith(bens).hasSize(3);
      assertThat(log)
          .filteredOn(entry -> entry.copy().equals(annas))
          .singleElement()
          .extracting(RelativeReminderLog::attempts)
          .isEqualTo(List.of(annaFirst, annaSameInstant, annaLater));
      assertThat(log)
          .filteredOn(entry -> entry.copy().equals(bens))
          .singleElement()
          .extracting(RelativeReminderLog::attempts)
          .isEqualTo(List.of());
      assertThat(log)
          .filteredOn(entry -> entry.copy().equals(carls))
          .singleElement()
          .extracting(RelativeReminderLog::attempts)
          .isEqualTo(List.of(carlsOnly));
      assertThat(statements).as("statements for three copies and four attempts").isEqualTo(1);
      counting.reset();
      assertThat(counted.logOf(sentReminder().id())).isEmpty();
      assertThat(counting.statements()).isEqualTo(1);
    }

    @Test
    void withdrawing_touches_only_the_pending_copies_of_the_given_reminders() {
      Reminder reminder = sentReminder();
      Reminder other = sentReminder();
      Relative anna = relative("Anna");
      RelativeReminder pending = RelativeReminder.pending(reminder, anna.id(), NOW);
      RelativeReminder sent = RelativeReminder.pending(reminder, relative("Ben").id(), NOW);
      RelativeReminder elsewhere = RelativeReminder.pending(other, anna.id(), NOW);
      copies().addOnce(pending);
      copies().addOnce(sent);
      copies().addOnce(elsewhere);
      RelativeReminder delivered = copies().update(sent.sent(ChannelKind.SMS, NOW));

      int withdrawn = copies().withdrawPending(List.of(reminder.id()), NOW.plusSeconds(5));

      assertThat(withdrawn).isEqualTo(1);
      RelativeReminder read = copies().byId(pending.id()).orElseThrow();
      assertThat(read.status()).isEqualTo(RelativeReminder.Status.WITHDRAWN);
      assertThat(read.finishedAt()).isEqualTo(NOW.plusSeconds(5));
      assertThat(read.version()).isEqualTo(1);
      assertThat(copies().byId(sent.id())).contains(delivered);
      assertThat(copies().byId(elsewhere.id())).contains(elsewhere);
      assertThat(copies().withdrawPending(List.of(), NOW)).isZero();
    }

    @Test
    void a_locked_copy_makes_a_withdrawal_wait_and_then_leaves_the_sent_copy_alone()
        throws Exception {
      Reminder reminder = sentReminder();
      RelativeReminder pending = RelativeReminder.pending(reminder, relative("Anna").id(), NOW);
      copies().addOnce(pending);
      CountDownLatch locked = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);

      CompletableFuture<RelativeReminder> sender =
          CompletableFuture.supplyAsync(
              () ->
                  persistence
                      .transactions()
                      .inTransaction(
                          () -> {
                            RelativeReminder read = copies().lockById(pending.id()).orElseThrow();
                            locked.countDown();
                            try {
                              release.await();
                            } catch (InterruptedException e) {
                              Thread.currentThread().interrupt();
                            }
                            return copies().update(read.sent(ChannelKind.SMS, NOW));
                          }));
      locked.await();
      CompletableFuture<Throwable> withdrawal =
          CompletableFuture.supplyAsync(
              () ->
                  Assertions.catchThrowable(
                      () ->
                          persistence
                              .transactions()
                              .inTransaction(
                                  () -> copies().withdrawPending(List.of(reminder.id()), NOW))));
      Thread.sleep(300);
      assertThat(withdrawal).as("the withdrawal waits for the lock").isNotDone();
      release.countDown();

      assertThat(sender.get().status()).isEqualTo(RelativeReminder.Status.SENT);
      // PostgreSQL re-checks the row and withdraws nothing; H2 may time out waiting
      Throwable failure = withdrawal.get();
      if (failure != null) {
        assertThat(failure).isInstanceOf(BorgerdialogException.class);
      }
      assertThat(copies().byId(pending.id()).orElseThrow().status())
          .isEqualTo(RelativeReminder.Status.SENT);
    }
  }
}
