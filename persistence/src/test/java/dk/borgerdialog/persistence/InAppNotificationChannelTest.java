package dk.borgerdialog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.common.UnableToAccessDatabaseException;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.notification.model.InAppNotifications;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.persistence.internal.InAppNotificationChannel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InAppNotificationChannelTest {
  private static final CitizenId CITIZEN = CitizenId.random();
  private static final Notification NOTIFICATION =
      Notification.of(
          "key-1", ChannelKind.IN_APP, CITIZEN.toString(), Language.DA, "Påmindelse", "Tekst");

  @Test
  void a_database_that_cannot_be_reached_is_a_retryable_failure_without_personal_data() {
    DeliveryResult result =
        send(new UnableToAccessDatabaseException("connection refused", "08001", null));

    assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
    DeliveryResult.Failed failed = (DeliveryResult.Failed) result;
    assertThat(failed.retryable()).isTrue();
    assertThat(failed.error())
        .contains("08001")
        .doesNotContain(CITIZEN.toString())
        .doesNotContain("Påmindelse")
        .doesNotContain("Tekst");
  }

  @Test
  void a_lost_race_or_any_other_exception_is_a_retryable_failure() {
    assertThat(send(new ConflictException("contended")))
        .isEqualTo(DeliveryResult.retryable("the in-app notification could not be stored"));
    assertThat(send(new IllegalStateException("boom " + CITIZEN)))
        .isEqualTo(DeliveryResult.retryable("the in-app notification could not be stored"));
  }

  @Test
  void a_constraint_violation_is_a_permanent_failure() {
    DeliveryResult result =
        send(new UnableToAccessDatabaseException("a statement failed", "23506", null));

    assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
    assertThat(((DeliveryResult.Failed) result).retryable()).isFalse();
  }

  private static DeliveryResult send(RuntimeException failure) {
    InAppNotificationChannel channel =
        new InAppNotificationChannel(failing(failure), SettableClock.at(Instant.EPOCH));
    return channel.send(NOTIFICATION);
  }

  private static InAppNotifications failing(RuntimeException failure) {
    return new InAppNotifications() {
      @Override
      public boolean addOnce(InAppNotification notification) {
        throw failure;
      }

      @Override
      public List<InAppNotification> of(CitizenId citizen, int limit) {
        throw failure;
      }

      @Override
      public int unread(CitizenId citizen) {
        throw failure;
      }

      @Override
      public boolean markRead(CitizenId citizen, UUID id, Instant at) {
        throw failure;
      }
    };
  }
}
