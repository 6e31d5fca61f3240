package dk.borgerdialog.contact.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.organisation.model.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MessageRulesTest {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void a_body_is_kept_exactly_as_given_with_line_feeds_and_tabs() {
    String body = "  Hej <b>Bente</b>,\n\tvi ses & tak  ";
    assertThat(Message.checkedBody(body)).isEqualTo(body);
  }

  @Property
  void every_control_character_but_line_feed_and_tab_is_rejected(
      @ForAll @CharRange(from = '\u0000', to = '\u009f') char c) {
    String body = "Hej" + c + "du";
    if (Character.isISOControl(c) && c != '\n' && c != '\t') {
      assertThatThrownBy(() -> Message.checkedBody(body))
          .isInstanceOf(InvalidInputException.class)
          .hasFieldOrPropertyWithValue("field", "body");
    } else {
      assertThat(Message.checkedBody(body)).isEqualTo(body);
    }
  }

  @Test
  void a_body_too_long_blank_or_with_a_lone_surrogate_is_rejected() {
    assertThat(Message.checkedBody("å".repeat(Message.MAX_BODY_LENGTH))).hasSize(5000);
    assertThatThrownBy(() -> Message.checkedBody("å".repeat(Message.MAX_BODY_LENGTH + 1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Message.checkedBody(" \n\t "))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Message.checkedBody("a\uD800b"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void an_attachment_of_a_forbidden_type_or_too_large_is_rejected_with_its_field() {
    assertThat(Attachment.of("scan.PDF", "Application/PDF", new byte[] {1}).contentType())
        .isEqualTo("application/pdf");
    assertThatThrownBy(() -> Attachment.of("virus.exe", "application/x-msdownload", new byte[] {1}))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "contentType");
    assertThatThrownBy(
            () -> Attachment.of("big.pdf", "application/pdf", new byte[Attachment.MAX_SIZE + 1]))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "content");
    assertThatThrownBy(() -> Attachment.of("../etc/passwd", "text/plain", new byte[] {1}))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "fileName");
  }

  @Test
  void a_thread_tracks_status_first_response_unanswered_age_and_unread_counters() {
    MessageThread thread =
        MessageThread.start(
            ThreadId.random(),
            CitizenId.random(),
            UnitId.random(),
            null,
            null,
            null,
            "Jul",
            Side.CITIZEN,
            NOW);
    thread = thread.afterCitizenWrote(NOW).afterCitizenWrote(NOW.plusSeconds(60));
    assertThat(thread.status()).isEqualTo(ThreadStatus.OPEN);
    assertThat(thread.staffUnread()).isEqualTo(2);
    assertThat(thread.waitingFor(NOW.plusSeconds(3600))).contains(Duration.ofHours(1));

    MessageThread auto = thread.afterStaffWrote(NOW.plusSeconds(90), true);
    assertThat(auto.status()).isEqualTo(ThreadStatus.OPEN);
    assertThat(auto.firstResponseAt()).isNull();
    assertThat(auto.citizenUnread()).isEqualTo(1);

    MessageThread answered = auto.readBy(Side.STAFF).afterStaffWrote(NOW.plusSeconds(7200), false);
    assertThat(answered.status()).isEqualTo(ThreadStatus.WAITING_FOR_CITIZEN);
    assertThat(answered.firstResponseTime()).contains(Duration.ofHours(2));
    assertThat(answered.waitingFor(NOW.plusSeconds(9000))).isEmpty();
    assertThat(answered.staffUnread()).isZero();
    assertThat(answered.citizenUnread()).isEqualTo(2);

    MessageThread again = answered.afterCitizenWrote(NOW.plusSeconds(10_000));
    assertThat(again.firstResponseTime()).contains(Duration.ofHours(2));
    assertThat(again.oldestUnansweredAt()).isEqualTo(NOW.plusSeconds(10_000));
    assertThat(again.close().orElseThrow().close())
        .isInstanceOf(dk.borgerdialog.common.Decision.Refused.class);
  }

  @Test
  void a_message_can_be_withdrawn_only_within_the_window() {
    Message message =
        new Message(
            MessageId.random(),
            ThreadId.random(),
            Side.CITIZEN,
            new MessageAuthor(dk.borgerdialog.access.ActorKind.CITIZEN, "x"),
            false,
            "Hej",
            NOW,
            null,
            List.of());
    assertThat(message.withdrawableAt(NOW.plus(Duration.ofMinutes(4)))).isTrue();
    assertThat(message.withdrawableAt(NOW.plus(Message.WITHDRAWAL_WINDOW))).isFalse();
  }

  @Property
  void the_nearest_rank_percentile_is_a_member_with_enough_values_at_or_below(
      @ForAll @IntRange(min = 1, max = 60) int n, @ForAll @IntRange(min = 1, max = 100) int p) {
    List<Duration> sorted =
        java.util.stream.IntStream.rangeClosed(1, n).mapToObj(Duration::ofMinutes).toList();
    Duration result = ResponseTimes.percentile(sorted, p);
    long atOrBelow = sorted.stream().filter(d -> d.compareTo(result) <= 0).count();
    assertThat(atOrBelow).isGreaterThanOrEqualTo((long) Math.ceil(p / 100.0 * n));
    assertThat(atOrBelow - 1).isLessThan((long) Math.ceil(p / 100.0 * n));
  }

  @Test
  void cursors_read_back_and_reject_junk() {
    Cursor cursor = new Cursor(123_456);
    assertThat(Cursor.parse(cursor.toString())).isEqualTo(cursor);
    assertThatThrownBy(() -> Cursor.parse("x12")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Cursor.parse("c-1")).isInstanceOf(InvalidInputException.class);
  }
}
