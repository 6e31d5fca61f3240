package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.notification.model.InAppNotifications;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqInAppNotificationsIT {

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
    private static final int RACERS = 8;

    Contract(Database database) {
      super(database);
    }

    InAppNotifications notifications() {
      return persistence.inAppNotifications();
    }

    @Test
    void a_notification_round_trips_unread_and_read() {
      Citizen citizen = fixture.citizen();
      InAppNotification unread = notification(citizen.id(), "key-1", NOW);

      assertThat(notifications().addOnce(unread)).isTrue();
      assertThat(notifications().of(citizen.id(), 10)).containsExactly(unread);
      assertThat(notifications().of(citizen.id(), 10).get(0).readAt()).isNull();

      Instant readAt = NOW.plusMillis(61_001);
      assertThat(notifications().markRead(citizen.id(), unread.id(), readAt)).isTrue();

      InAppNotification read = notifications().of(citizen.id(), 10).get(0);
      assertThat(read)
          .isEqualTo(
              new InAppNotification(
                  unread.id(),
                  citizen.id(),
                  "key-1",
                  unread.subject(),
                  unread.body(),
                  unread.createdAt(),
                  readAt));
    }

    @Test
    void a_repeated_key_is_dropped_and_the_first_notification_kept() {
      Citizen citizen = fixture.citizen();
      InAppNotification first = notification(citizen.id(), "reminder-abc-in_app", NOW);
      InAppNotification repeated =
          new InAppNotification(
              UUID.randomUUID(),
              fixture.citizen().id(),
              "reminder-abc-in_app",
              "Another subject",
              "Another body",
              NOW.plusSeconds(5),
              null);

      assertThat(notifications().addOnce(first)).isTrue();
      assertThat(notifications().addOnce(repeated)).isFalse();
      assertThat(notifications().addOnce(first)).isFalse();

      assertThat(notifications().of(citizen.id(), 10)).containsExactly(first);
      assertThat(notifications().of(repeated.citizen(), 10)).isEmpty();
    }

    @Test
    void a_repeated_key_inside_a_transaction_leaves_it_usable() {
      Citizen citizen = fixture.citizen();
      InAppNotification first = notification(citizen.id(), "tx-key-1", NOW);
      InAppNotification second = notification(citizen.id(), "tx-key-2", NOW.plusSeconds(1));

      persistence
          .transactions()
          .inTransaction(
              () -> {
                assertThat(notifications().addOnce(first)).isTrue();
                assertThat(notifications().addOnce(first)).isFalse();
                // PostgreSQL would refuse this if the repeated key had failed a statement
                assertThat(notifications().addOnce(second)).isTrue();
                return null;
              });

      assertThat(notifications().of(citizen.id(), 10)).containsExactly(second, first);
    }

    @Test
    void of_lists_the_citizens_notifications_newest_first_up_to_the_limit() {
      Citizen citizen = fixture.citizen();
      InAppNotification oldest = notification(citizen.id(), "o-1", NOW.minusSeconds(7200));
      InAppNotification newest = notification(citizen.id(), "o-2", NOW);
      InAppNotification middle = notification(citizen.id(), "o-3", NOW.minusSeconds(60));
      notifications().addOnce(oldest);
      notifications().addOnce(newest);
      notifications().addOnce(middle);
      notifications().addOnce(notification(fixture.citizen().id(), "o-4", NOW));

      assertThat(notifications().of(citizen.id(), 10)).containsExactly(newest, middle, oldest);
      assertThat(notifications().of(citizen.id(), 2)).containsExactly(newest, middle);
      assertThat(notifications().of(citizen.id(), 0)).isEmpty();
      assertThat(notifications().of(CitizenId.random(), 10)).isEmpty();
      assertThatThrownBy(() -> notifications().of(citizen.id(), -1))
          .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void unread_counts_the_citizens_unread_notifications_only() {
      Citizen citizen = fixture.citizen();
      Citizen other = fixture.citizen();
      assertThat(notifications().unread(citizen.id())).isZero();
      InAppNotification first = notification(citizen.id(), "u-1", NOW);
      notifications().addOnce(first);
      notifications().addOnce(notification(citizen.id(), "u-2", NOW.plusSeconds(1)));
      notifications().addOnce(notification(citizen.id(), "u-3", NOW.plusSeconds(2)));
      notifications().addOnce(notification(other.id(), "u-4", NOW));

      assertThat(notifications().unread(citizen.id())).isEqualTo(3);
      notifications().markRead(citizen.id(), first.id(), NOW.plusSeconds(10));
      assertThat(notifications().unread(citizen.id())).isEqualTo(2);
      assertThat(notifications().unread(other.id())).isEqualTo(1);
    }

    @Test
    void mark_read_succeeds_once_and_only_for_the_owner() {
      Citizen owner = fixture.citizen();
      Citizen stranger = fixture.citizen();
      InAppNotification notification = notification(owner.id(), "m-1", NOW);
      notifications().addOnce(notification);

      assertThat(notifications().markRead(stranger.id(), notification.id(), NOW)).isFalse();
      assertThat(notifications().unread(owner.id())).isEqualTo(1);
      assertThat(notifications().markRead(owner.id(), notification.id(), NOW.plusSeconds(5)))
          .isTrue();
      assertThat(notifications().markRead(owner.id(), notification.id(), NOW.plusSeconds(9)))
          .isFalse();
      assertThat(notifications().markRead(owner.id(), UUID.randomUUID(), NOW)).isFalse();

      assertThat(notifications().of(owner.id(), 1).get(0).readAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void of_many_concurrent_deliveries_with_one_key_exactly_one_is_stored() throws Exception {
      Citizen citizen = fixture.citizen();
      String key = "race-" + UUID.randomUUID();
      CyclicBarrier start = new CyclicBarrier(RACERS);
      ExecutorService racers = Executors.newFixedThreadPool(RACERS);
      List<Future<Boolean>> deliveries = new ArrayList<>();
      try {
        for (int i = 0; i < RACERS; i++) {
          deliveries.add(
              racers.submit(
                  () -> {
                    InAppNotification notification = notification(citizen.id(), key, NOW);
                    start.await(30, TimeUnit.SECONDS);
                    return persistence
                        .transactions()
                        .inTransaction(
                            () -> {
                              boolean stored = notifications().addOnce(notification);
                              // hold the key a little, so that the others meet it uncommitted
                              sleep(Duration.ofMillis(50));
                              return stored;
                            });
                  }));
        }
        List<Boolean> stored = new ArrayList<>();
        for (Future<Boolean> delivery : deliveries) {
          stored.add(delivery.get(60, TimeUnit.SECONDS));
        }

        assertThat(stored).containsOnlyOnce(true).hasSize(RACERS);
        assertThat(notifications().of(citizen.id(), 10)).hasSize(1);
      } finally {
        racers.shutdownNow();
      }
    }

    private static InAppNotification notification(CitizenId citizen, String key, Instant at) {
      return new InAppNotification(
          UUID.randomUUID(),
          citizen,
          key,
          "Påmindelse om din aftale",
          "Du har en aftale i morgen kl. 10:00.\nSe mere i appen.",
          at,
          null);
    }

    private static void sleep(Duration duration) {
      try {
        Thread.sleep(duration.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
