package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.DeliveryAttempt.Outcome;
import dk.borgerdialog.reminder.model.DeliveryAttempts;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqDeliveryAttemptsIT {

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

    DeliveryAttempts attempts() {
      return persistence.deliveryAttempts();
    }

    @Test
    void the_attempts_of_a_reminder_come_oldest_first_with_every_field() {
      Reminder reminder = fixture.storedReminder(Duration.ofHours(24));
      DeliveryAttempt delivered =
          attempt(
              reminder, ChannelKind.EMAIL, NOW.plusSeconds(30), Outcome.DELIVERED, "<m1@x>", null);
      DeliveryAttempt failed =
          attempt(
              reminder, ChannelKind.SMS, NOW, Outcome.FAILED, null, "gateway answered 503\nretry");
      DeliveryAttempt unknown =
          attempt(reminder, ChannelKind.SMS, NOW.plusSeconds(10), Outcome.UNKNOWN, null, "timeout");
      attempts().add(delivered);
      attempts().add(failed);
      attempts().add(unknown);
      Reminder other = fixture.storedReminder(Duration.ofHours(2));
      attempts().add(attempt(other, ChannelKind.IN_APP, NOW, Outcome.DELIVERED, "x", null));

      assertThat(attempts().of(reminder.id())).containsExactly(failed, unknown, delivered);
      DeliveryAttempt read = attempts().of(reminder.id()).get(2);
      assertThat(read.idempotencyKey()).isEqualTo(reminder.idempotencyKey(ChannelKind.EMAIL));
      assertThat(read.providerId()).isEqualTo("<m1@x>");
      assertThat(read.error()).isNull();
    }

    @Test
    void attempts_made_at_the_same_instant_keep_the_order_they_were_recorded_in() {
      Reminder reminder = fixture.storedReminder(Duration.ofHours(24));
      DeliveryAttempt first =
          attempt(reminder, ChannelKind.SMS, NOW, Outcome.REFUSED, null, "refused");
      DeliveryAttempt second =
          attempt(reminder, ChannelKind.EMAIL, NOW, Outcome.FAILED, null, "refused");
      DeliveryAttempt third =
          attempt(reminder, ChannelKind.IN_APP, NOW, Outcome.DELIVERED, null, null);
      attempts().add(first);
      attempts().add(second);
      attempts().add(third);

      assertThat(attempts().of(reminder.id())).containsExactly(first, second, third);
    }

    @Test
    void a_long_error_is_kept_whole_up_to_the_domains_limit() {
      Reminder reminder = fixture.storedReminder(Duration.ofHours(24));
      DeliveryAttempt attempt =
          attempt(reminder, ChannelKind.EMAIL, NOW, Outcome.FAILED, null, "æ".repeat(600));

      attempts().add(attempt);

      assertThat(attempts().of(reminder.id())).containsExactly(attempt);
      assertThat(attempt.error()).hasSize(500);
    }

    @Test
    void an_unknown_reminder_has_no_attempts() {
      assertThat(attempts().of(ReminderId.random())).isEmpty();
    }

    @Test
    void the_same_id_twice_is_a_conflict_that_keeps_the_first() {
      Reminder reminder = fixture.storedReminder(Duration.ofHours(24));
      DeliveryAttempt first =
          attempt(reminder, ChannelKind.SMS, NOW, Outcome.FAILED, null, "refused");
      attempts().add(first);
      DeliveryAttempt again =
          new DeliveryAttempt(
              first.id(),
              reminder.id(),
              ChannelKind.EMAIL,
              reminder.idempotencyKey(ChannelKind.EMAIL),
              NOW.plusSeconds(1),
              Outcome.DELIVERED,
              null,
              null);

      assertThatThrownBy(() -> attempts().add(again)).isInstanceOf(ConflictException.class);
      assertThat(attempts().of(reminder.id())).containsExactly(first);
    }

    private static DeliveryAttempt attempt(
        Reminder reminder,
        ChannelKind channel,
        Instant at,
        Outcome outcome,
        @Nullable String providerId,
        @Nullable String error) {
      return new DeliveryAttempt(
          UUID.randomUUID(),
          reminder.id(),
          channel,
          reminder.idempotencyKey(channel),
          at,
          outcome,
          providerId,
          error);
    }
  }
}
