package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.contact.model.Attachment;
import dk.borgerdialog.contact.model.AttachmentId;
import dk.borgerdialog.contact.model.Cursor;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.MessageAuthor;
import dk.borgerdialog.contact.model.MessageId;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.contact.model.Page;
import dk.borgerdialog.contact.model.Side;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.contact.model.ThreadStatus;
import dk.borgerdialog.contact.model.Threads;
import dk.borgerdialog.organisation.model.StaffMemberId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqThreadsIT {

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

    Threads threads() {
      return persistence.threads();
    }

    MessageThread thread(Citizen citizen, @Nullable StaffMemberId addressee, Instant at) {
      MessageThread thread =
          MessageThread.start(
              ThreadId.random(),
              citizen.id(),
              fixture.unit.id(),
              addressee,
              null,
              null,
              "Jul",
              Side.CITIZEN,
              at);
      threads().add(thread);
      return thread;
    }

    /** Writes a message the way the use case does: message, then the thread's counters. */
    Message write(MessageThread thread, Side side, String body, Instant at, Attachment... files) {
      MessageThread current = threads().lockById(thread.id()).orElseThrow();
      Message message =
          new Message(
              MessageId.random(),
              thread.id(),
              side,
              side == Side.CITIZEN
                  ? MessageAuthor.of(Actor.citizen(current.citizen(), AssuranceLevel.SUBSTANTIAL))
                  : MessageAuthor.of(Actor.staff(fixture.nurse.id(), AssuranceLevel.SUBSTANTIAL)),
              false,
              body,
              at,
              null,
              List.of(files).stream().map(Attachment::info).toList());
      threads().addMessage(message, List.of(files));
      threads()
          .update(
              side == Side.CITIZEN
                  ? current.afterCitizenWrote(at)
                  : current.afterStaffWrote(at, false));
      return message;
    }

    @Test
    void threads_to_a_staff_member_and_to_a_unit_inbox_are_listed_where_they_belong() {
      Citizen karen = fixture.citizen();
      MessageThread direct = thread(karen, fixture.mentor.id(), NOW);
      MessageThread inbox = thread(karen, null, NOW.plusSeconds(1));
      MessageThread otherCitizens = thread(fixture.citizen(), null, NOW.plusSeconds(2));

      assertThat(threads().byId(direct.id())).contains(direct);
      assertThat(threads().ofCitizen(karen.id(), null, 10).items())
          .extracting(MessageThread::id)
          .containsExactly(inbox.id(), direct.id());
      assertThat(threads().ofStaffMember(fixture.mentor.id(), null, 10).items())
          .extracting(MessageThread::id)
          .containsExactly(direct.id());
      assertThat(threads().inbox(fixture.unit.id(), null, 10).items())
          .extracting(MessageThread::id)
          .containsExactly(otherCitizens.id(), inbox.id());
      assertThat(threads().openAddressedTo(karen.id(), fixture.mentor.id()))
          .extracting(MessageThread::id)
          .containsExactly(direct.id());

      // an assigned inbox thread is the assignee's too; a closed one leaves the inbox
      MessageThread assigned =
          threads()
              .update(
                  threads()
                      .byId(inbox.id())
                      .orElseThrow()
                      .assign(fixture.nurse.id())
                      .orElseThrow());
      assertThat(threads().ofStaffMember(fixture.nurse.id(), null, 10).items())
          .containsExactly(assigned);
      threads().update(assigned.close().orElseThrow());
      assertThat(threads().inbox(fixture.unit.id(), null, 10).items())
          .extracting(MessageThread::id)
          .containsExactly(otherCitizens.id());
    }

    @Test
    void unread_counts_follow_writes_and_reads_of_both_sides() {
      Citizen karen = fixture.citizen();
      MessageThread direct = thread(karen, fixture.mentor.id(), NOW);
      MessageThread inbox = thread(karen, null, NOW);
      write(direct, Side.CITIZEN, "Hej", NOW);
      write(direct, Side.CITIZEN, "Er du der?", NOW.plusSeconds(60));
      write(inbox, Side.CITIZEN, "Til hjemmeplejen", NOW);

      assertThat(threads().unreadByStaffMember(fixture.mentor.id())).isEqualTo(2);
      assertThat(threads().unreadInInbox(fixture.unit.id())).isEqualTo(1);
      assertThat(threads().unreadByCitizen(karen.id())).isZero();

      write(direct, Side.STAFF, "Ja, jeg er her.", NOW.plusSeconds(120));
      threads().update(threads().byId(direct.id()).orElseThrow().readBy(Side.STAFF));

      assertThat(threads().unreadByStaffMember(fixture.mentor.id())).isZero();
      assertThat(threads().unreadByCitizen(karen.id())).isEqualTo(1);
      threads().update(threads().byId(direct.id()).orElseThrow().readBy(Side.CITIZEN));
      assertThat(threads().unreadByCitizen(karen.id())).isZero();
      assertThat(threads().unreadInInbox(fixture.unit.id())).isEqualTo(1);
    }

    @Test
    void pages_of_messages_stay_stable_while_new_messages_arrive() {
      MessageThread thread = thread(fixture.citizen(), null, NOW);
      List<Message> written = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        // the same instant for all: order must come from insertion, not from the clock
        written.add(write(thread, Side.CITIZEN, "Besked " + i, NOW));
      }

      Page<Message> first = threads().messages(thread.id(), null, 3);
      assertThat(first.items())
          .extracting(Message::body)
          .containsExactly("Besked 6", "Besked 5", "Besked 4");
      write(thread, Side.STAFF, "Nyt svar", NOW);
      write(thread, Side.CITIZEN, "Tak", NOW);

      Cursor cursor = Cursor.parse(first.nextCursor().orElseThrow().toString());
      Page<Message> second = threads().messages(thread.id(), cursor, 3);
      assertThat(second.items())
          .extracting(Message::body)
          .containsExactly("Besked 3", "Besked 2", "Besked 1");
      Page<Message> last = threads().messages(thread.id(), second.next(), 3);
      assertThat(last.items()).extracting(Message::body).containsExactly("Besked 0");
      assertThat(last.nextCursor()).isEmpty();
      assertThat(threads().messages(thread.id(), null, 2).items())
          .extracting(Message::body)
          .containsExactly("Tak", "Nyt svar");
    }

    @Test
    void attachments_are_stored_whole_and_only_found_in_their_thread_and_withdrawal_removes_them() {
      Citizen karen = fixture.citizen();
      MessageThread thread = thread(karen, null, NOW);
      MessageThread other = thread(karen, null, NOW);
      byte[] pdf = new byte[300_000];
      pdf[0] = 37;
      pdf[299_999] = 1;
      Attachment letter = Attachment.of("brev.pdf", "application/pdf", pdf);
      Attachment note =
          Attachment.of("note.txt", "text/plain", "ferie".getBytes(StandardCharsets.UTF_8));
      Message message = write(thread, Side.CITIZEN, "Se brevet", NOW, letter, note);

      assertThat(threads().message(message.id()).orElseThrow().attachments())
          .containsExactlyInAnyOrder(letter.info(), note.info());
      assertThat(threads().attachment(thread.id(), letter.id())).contains(letter);
      assertThat(threads().attachment(other.id(), letter.id())).isEmpty();
      assertThat(threads().attachment(thread.id(), AttachmentId.random())).isEmpty();

      assertThat(threads().withdraw(message.id(), NOW.plusSeconds(30))).isTrue();
      assertThat(threads().withdraw(message.id(), NOW.plusSeconds(40))).isFalse();
      Message withdrawn = threads().message(message.id()).orElseThrow();
      assertThat(withdrawn.withdrawn()).isTrue();
      assertThat(withdrawn.body()).isNull();
      assertThat(withdrawn.withdrawnAt()).isEqualTo(NOW.plusSeconds(30));
      assertThat(withdrawn.attachments()).isEmpty();
      assertThat(threads().attachment(thread.id(), letter.id())).isEmpty();
    }

    @Test
    void store_raises_the_version_like_update_and_a_stale_store_conflicts() {
      MessageThread thread = thread(fixture.citizen(), null, NOW);
      threads().store(thread.afterCitizenWrote(NOW.plusSeconds(60)));

      MessageThread stored = threads().byId(thread.id()).orElseThrow();
      assertThat(stored.version()).isEqualTo(thread.version() + 1);
      assertThat(stored.staffUnread()).isEqualTo(1);
      assertThat(stored.lastMessageAt()).isEqualTo(NOW.plusSeconds(60));
      assertThatThrownBy(() -> threads().store(thread.readBy(Side.CITIZEN)))
          .isInstanceOf(ConflictException.class);
      assertThat(threads().byId(thread.id()).orElseThrow()).isEqualTo(stored);
    }

    @Test
    void a_stale_thread_update_conflicts() {
      MessageThread thread = thread(fixture.citizen(), null, NOW);
      threads().update(thread.readBy(Side.STAFF));
      assertThatThrownBy(() -> threads().update(thread.readBy(Side.CITIZEN)))
          .isInstanceOf(ConflictException.class);
    }

    @Test
    void response_time_queries_find_the_period_and_the_overdue_threads() {
      Citizen karen = fixture.citizen();
      MessageThread answered = thread(karen, null, NOW);
      write(answered, Side.CITIZEN, "Hej", NOW);
      write(answered, Side.STAFF, "Svar", NOW.plus(Duration.ofHours(3)));
      MessageThread waiting = thread(karen, fixture.mentor.id(), NOW.plusSeconds(60));
      write(waiting, Side.CITIZEN, "Hallo?", NOW.plusSeconds(60));
      MessageThread later = thread(karen, null, NOW.plus(Duration.ofDays(10)));
      write(later, Side.CITIZEN, "Senere", NOW.plus(Duration.ofDays(10)));

      List<MessageThread> opened =
          threads().openedByCitizens(fixture.unit.id(), NOW, NOW.plus(Duration.ofDays(1)));
      assertThat(opened).extracting(MessageThread::id).containsExactly(answered.id(), waiting.id());
      assertThat(opened.get(0).firstResponseTime()).contains(Duration.ofHours(3));
      assertThat(opened.get(1).firstResponseTime()).isEmpty();
      assertThat(threads().unansweredSince(fixture.unit.id(), NOW.plus(Duration.ofDays(2)), 10))
          .extracting(MessageThread::id)
          .containsExactly(waiting.id());
      assertThat(
              threads().unansweredSince(fixture.otherUnit.id(), NOW.plus(Duration.ofDays(20)), 10))
          .isEmpty();
      assertThat(threads().byId(waiting.id()).orElseThrow().status()).isEqualTo(ThreadStatus.OPEN);
    }
  }
}
