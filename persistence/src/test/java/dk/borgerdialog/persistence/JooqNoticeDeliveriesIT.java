package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.Notice;
import dk.borgerdialog.notification.model.NoticeAttempt;
import dk.borgerdialog.notification.model.NoticeDeliveries;
import dk.borgerdialog.notification.model.NoticeDelivery;
import dk.borgerdialog.notification.model.NoticeKind;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqNoticeDeliveriesIT {

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

    NoticeDeliveries deliveries() {
      return persistence.noticeDeliveries();
    }

    @Test
    void a_notice_is_delivered_once_per_citizen_kind_and_key() {
      Citizen karen = fixture.citizen();
      Notice notice = new Notice("message-1", karen.id(), NoticeKind.NEW_MESSAGE);
      NoticeDelivery first = NoticeDelivery.pending(notice, NOW);

      assertThat(deliveries().addOnce(first)).isTrue();
      assertThat(deliveries().addOnce(NoticeDelivery.pending(notice, NOW))).isFalse();
      assertThat(
              deliveries()
                  .addOnce(
                      NoticeDelivery.pending(
                          new Notice("message-1", karen.id(), NoticeKind.CONTACT_CHANGED), NOW)))
          .isTrue();
      assertThat(
              deliveries()
                  .addOnce(
                      NoticeDelivery.pending(
                          new Notice("message-1", fixture.citizen().id(), NoticeKind.NEW_MESSAGE),
                          NOW)))
          .isTrue();
      assertThat(deliveries().byId(first.id())).contains(first);
    }

    @Test
    void attempts_are_logged_in_order_and_the_delivery_finished_once() {
      Citizen karen = fixture.citizen();
      Notice notice = new Notice("message-2", karen.id(), NoticeKind.NEW_MESSAGE);
      NoticeDelivery pending = NoticeDelivery.pending(notice, NOW);
      deliveries().addOnce(pending);
      NoticeAttempt failed =
          new NoticeAttempt(
              UUID.randomUUID(),
              pending.id(),
              ChannelKind.SMS,
              notice.idempotencyKey(ChannelKind.SMS),
              NOW,
              DeliveryAttempt.Outcome.REFUSED,
              null,
              "unknown number");
      NoticeAttempt delivered =
          new NoticeAttempt(
              UUID.randomUUID(),
              pending.id(),
              ChannelKind.EMAIL,
              notice.idempotencyKey(ChannelKind.EMAIL),
              NOW,
              DeliveryAttempt.Outcome.DELIVERED,
              "smtp-1",
              null);
      deliveries().addAttempt(failed);
      deliveries().addAttempt(delivered);

      assertThat(deliveries().attempts(pending.id())).containsExactly(failed, delivered);
      NoticeDelivery sent = deliveries().update(pending.sent(ChannelKind.EMAIL, NOW));
      assertThat(sent.status()).isEqualTo(NoticeDelivery.Status.SENT);
      assertThat(sent.sentVia()).isEqualTo(ChannelKind.EMAIL);
      assertThat(sent.version()).isEqualTo(1);
      assertThatThrownBy(() -> deliveries().update(pending.undelivered(NOW)))
          .isInstanceOf(ConflictException.class);
    }
  }
}
