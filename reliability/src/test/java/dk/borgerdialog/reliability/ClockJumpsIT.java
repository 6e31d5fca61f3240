package dk.borgerdialog.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.notification.model.NotificationChannel;
import dk.borgerdialog.persistence.testing.TestDatabases;
import dk.borgerdialog.reliability.support.Figures;
import dk.borgerdialog.reliability.support.Seed;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The clock jumps forward and back, over the autumn clock change: nothing is sent before it is due,
 * twice, at night, or after the appointment has begun.
 */
class ClockJumpsIT {
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

  /** An SMS channel that records the clock's time of every send. */
  static final class Recording implements NotificationChannel {
    final SettableClock clock;
    final List<String> keys = new CopyOnWriteArrayList<>();
    final List<Instant> at = new CopyOnWriteArrayList<>();

    Recording(SettableClock clock) {
      this.clock = clock;
    }

    @Override
    public ChannelKind kind() {
      return ChannelKind.SMS;
    }

    @Override
    public DeliveryResult send(Notification notification) {
      keys.add(notification.idempotencyKey());
      at.add(clock.instant());
      return DeliveryResult.delivered("jump-" + keys.size());
    }
  }

  @Test
  void jumps_forward_and_back_send_each_reminder_once_in_daytime_before_the_appointment()
      throws Exception {
    SettableClock clock = SettableClock.at("2026-10-23T12:00", "Europe/Copenhagen");
    Recording sms = new Recording(clock);
    try (Borgerdialog dialog =
        Borgerdialog.builder()
            .dataSource(TestDatabases.freshPostgresDatabase().dataSource())
            .clock(clock)
            .reminderPolling(Duration.ofMillis(100))
            .channel(sms)
            .start()) {
      Seed seed =
          Seed.organisation(dialog, "Frederiksberg Kommune", ReminderPolicy.hoursBefore(48, 24, 2));
      // Monday after the clocks go back, 10:00 CET
      Instant start = ZonedDateTime.of(2026, 10, 26, 10, 0, 0, 0, CPH).toInstant();
      seed.book(seed.citizen("J-1", null, List.of(ChannelKind.SMS), null, Seed.phone(1)), start);
      Instant first = start.minus(Duration.ofHours(48)); // Saturday 11:00 CEST
      Instant second =
          start.minus(Duration.ofHours(24)); // Sunday 10:00 CET, 25 wall-clock hours later
      Instant third = start.minus(Duration.ofHours(2)); // Monday 08:00 CET

      clock.set(first.minusSeconds(60));
      Thread.sleep(800);
      assertThat(sms.keys).as("nothing before it is due").isEmpty();

      clock.set(first.plusSeconds(30));
      await(() -> sms.keys.size() == 1);

      // back a whole day: nothing is sent again
      clock.set(first.minus(Duration.ofDays(1)));
      Thread.sleep(1_000);
      assertThat(sms.keys).hasSize(1);

      // 02:30 twice in the night of the clock change: nothing at night
      clock.set(
          ZonedDateTime.of(2026, 10, 25, 2, 30, 0, 0, CPH)
              .withEarlierOffsetAtOverlap()
              .toInstant());
      Thread.sleep(600);
      clock.set(
          ZonedDateTime.of(2026, 10, 25, 2, 30, 0, 0, CPH).withLaterOffsetAtOverlap().toInstant());
      Thread.sleep(600);
      assertThat(sms.keys).hasSize(1);

      // forward past the second, then back, then past the third
      clock.set(second.plus(Duration.ofMinutes(5)));
      await(() -> sms.keys.size() == 2);
      clock.set(second.minus(Duration.ofHours(3)));
      Thread.sleep(800);
      clock.set(third.plus(Duration.ofMinutes(1)));
      await(() -> sms.keys.size() == 3);

      // past the appointment and back: nothing more, ever
      clock.set(start.plus(Duration.ofHours(1)));
      Thread.sleep(800);
      clock.set(first.minus(Duration.ofHours(1)));
      Thread.sleep(800);

      assertThat(sms.keys).hasSize(3).doesNotHaveDuplicates();
      for (Instant sent : sms.at) {
        LocalTime local = sent.atZone(CPH).toLocalTime();
        assertThat(local).isBetween(LocalTime.of(8, 0), LocalTime.of(21, 0));
        assertThat(sent).isBefore(start);
      }
      assertThat(sms.at.get(0)).isAfterOrEqualTo(first);
      assertThat(sms.at.get(1)).isAfterOrEqualTo(second);
      assertThat(sms.at.get(2)).isAfterOrEqualTo(third);
      Figures.record(
          "time/clock jumps",
          "3 reminders over the autumn clock change, 9 jumps forward and back: sent once each,"
              + " at %s local",
          sms.at.stream().map(i -> i.atZone(CPH).toLocalDateTime().toString()).toList());
    }
  }

  static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("timed out").isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
