package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.notification.model.NotificationChannel;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InAppNotificationChannelIT {

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
    private final SettableClock clock = SettableClock.at(NOW, ZoneOffset.UTC);

    Contract(Database database) {
      super(database);
    }

    NotificationChannel channel() {
      return persistence.inAppChannel(clock);
    }

    @Test
    void the_channel_delivers_in_app() {
      assertThat(channel().kind()).isEqualTo(ChannelKind.IN_APP);
    }

    @Test
    void a_notification_lands_unread_in_the_citizens_inbox_at_the_clocks_time() {
      Citizen citizen = fixture.citizen();
      clock.advance(Duration.ofMinutes(3));

      DeliveryResult result = channel().send(notification(citizen.id(), "ch-1"));

      InAppNotification stored =
          persistence.inAppNotifications().of(citizen.id(), 10).stream().findFirst().orElseThrow();
      assertThat(result).isEqualTo(new DeliveryResult.Delivered(stored.id().toString()));
      assertThat(stored.idempotencyKey()).isEqualTo("ch-1");
      assertThat(stored.subject()).isEqualTo("Påmindelse");
      assertThat(stored.body()).isEqualTo("Du har en aftale i morgen.");
      assertThat(stored.createdAt()).isEqualTo(NOW.plus(Duration.ofMinutes(3)));
      assertThat(stored.readAt()).isNull();
      assertThat(persistence.inAppNotifications().unread(citizen.id())).isEqualTo(1);
    }

    @Test
    void a_repeated_delivery_is_delivered_as_a_duplicate_and_stored_once() {
      Citizen citizen = fixture.citizen();
      Notification notification = notification(citizen.id(), "ch-2");

      DeliveryResult first = channel().send(notification);
      DeliveryResult again = channel().send(notification);

      assertThat(first).isInstanceOf(DeliveryResult.Delivered.class);
      assertThat(again).isEqualTo(new DeliveryResult.Delivered("duplicate"));
      assertThat(persistence.inAppNotifications().of(citizen.id(), 10)).hasSize(1);
    }

    @Test
    void an_unknown_citizen_is_a_permanent_failure_without_personal_data() {
      CitizenId unknown = CitizenId.random();

      DeliveryResult result = channel().send(notification(unknown, "ch-3"));

      assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
      DeliveryResult.Failed failed = (DeliveryResult.Failed) result;
      assertThat(failed.retryable()).isFalse();
      assertThat(failed.error())
          .doesNotContain(unknown.toString())
          .doesNotContain("Påmindelse")
          .doesNotContain("aftale");
    }

    @Test
    void a_notification_without_a_subject_is_a_permanent_failure() {
      Citizen citizen = fixture.citizen();
      Notification untitled =
          Notification.of(
              "ch-4", ChannelKind.IN_APP, citizen.id().toString(), Language.DA, "", "Tekst");

      DeliveryResult result = channel().send(untitled);

      assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
      assertThat(((DeliveryResult.Failed) result).retryable()).isFalse();
      assertThat(((DeliveryResult.Failed) result).error()).contains("subject");
      assertThat(persistence.inAppNotifications().of(citizen.id(), 10)).isEmpty();
    }

    @Test
    void a_notification_for_another_channel_is_a_programming_error() {
      Notification email =
          Notification.of(
              "ch-5", ChannelKind.EMAIL, "karen@example.dk", Language.DA, "Emne", "Tekst");

      assertThatThrownBy(() -> channel().send(email))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("channel");
    }

    private static Notification notification(CitizenId citizen, String key) {
      return Notification.of(
          key,
          ChannelKind.IN_APP,
          citizen.toString(),
          Language.DA,
          "Påmindelse",
          "Du har en aftale i morgen.");
    }
  }
}
