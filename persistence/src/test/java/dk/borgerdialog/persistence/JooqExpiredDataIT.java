package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.contact.model.Attachment;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.MessageAuthor;
import dk.borgerdialog.contact.model.MessageId;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.contact.model.Side;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.Signup;
import dk.borgerdialog.network.model.SignupId;
import dk.borgerdialog.network.model.SignupStatus;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.retention.model.ExpiredData;
import dk.borgerdialog.retention.model.RetentionKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of the retention purges on both databases: exactly what is due at the cutoff goes, a
 * second later stays, in batches of at most the limit, and the audit chain verifies after its
 * oldest records were purged.
 */
class JooqExpiredDataIT {

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
    static final Instant CUTOFF = NOW.minus(Duration.ofDays(400));
    static final Instant A_SECOND_LATER = CUTOFF.plusSeconds(1);

    JooqPersistence own;
    Fixture data;
    DataSource ownDataSource;

    Contract(Database database) {
      super(database);
    }

    /** A purge sees every row of its database: each test has a database of its own. */
    @BeforeEach
    void ownDatabase() {
      ownDataSource = database().fresh();
      own = JooqPersistence.create(ownDataSource);
      own.migrate();
      data = Fixture.create(own);
    }

    ExpiredData purge(RetentionKind kind) {
      return own.expiredData().stream().filter(k -> k.kind() == kind).findFirst().orElseThrow();
    }

    int inTransaction(ExpiredData kind, Instant cutoff, int limit) {
      return own.transactions().inTransaction(() -> kind.purge(cutoff, limit));
    }

    @Test
    void there_is_one_purge_per_kind() {
      assertThat(own.expiredData())
          .extracting(ExpiredData::kind)
          .containsExactly(RetentionKind.values());
    }

    @Test
    void notifications_at_the_cutoff_go_in_batches_and_a_second_later_stay() throws SQLException {
      Citizen karen = data.citizen();
      for (int i = 0; i < 7; i++) {
        notification(karen, CUTOFF.minus(Duration.ofDays(i)));
      }
      InAppNotification kept = notification(karen, A_SECOND_LATER);
      ExpiredData notifications = purge(RetentionKind.NOTIFICATIONS);

      List<Integer> batches = new ArrayList<>();
      int n;
      do {
        n = inTransaction(notifications, CUTOFF, 3);
        batches.add(n);
      } while (n == 3);

      assertThat(batches).containsExactly(3, 3, 1);
      assertThat(inTransaction(notifications, CUTOFF, 3)).as("a second run").isZero();
      assertThat(own.inAppNotifications().of(karen.id(), 100))
          .extracting(InAppNotification::id)
          .containsExactly(kept.id());
      assertThat(count("SELECT COUNT(*) FROM borgerdialog.in_app_notification")).isEqualTo(1);
    }

    @Test
    void threads_go_with_their_messages_and_attachments_once_last_written_and_their_course_closed()
        throws SQLException {
      Citizen jonas = data.citizen();
      Course active = data.course(jonas, data.unit, CUTOFF.minus(Duration.ofDays(100)));
      Course closedLater =
          closed(data.course(jonas, data.unit, CUTOFF.minusSeconds(99)), A_SECOND_LATER);
      MessageThread due = thread(jonas, null, CUTOFF, true);
      MessageThread recent = thread(jonas, null, A_SECOND_LATER, false);
      MessageThread ofActiveCourse =
          thread(jonas, active, CUTOFF.minus(Duration.ofDays(50)), false);
      MessageThread ofCourseClosedLater = thread(jonas, closedLater, CUTOFF, false);
      ExpiredData messages = purge(RetentionKind.MESSAGES);

      assertThat(inTransaction(messages, CUTOFF, 10)).isEqualTo(1);
      assertThat(inTransaction(messages, CUTOFF, 10)).as("a second run").isZero();

      assertThat(own.threads().byId(due.id())).isEmpty();
      assertThat(own.threads().byId(recent.id())).isPresent();
      assertThat(own.threads().byId(ofActiveCourse.id())).isPresent();
      assertThat(own.threads().byId(ofCourseClosedLater.id())).isPresent();
      assertThat(count("SELECT COUNT(*) FROM borgerdialog.message_attachment")).isZero();
      assertThat(count("SELECT COUNT(*) FROM borgerdialog.message")).isEqualTo(3);
    }

    @Test
    void closed_courses_go_with_their_appointments_and_a_thread_kept_longer_loses_its_link()
        throws SQLException {
      Citizen karen = data.citizen();
      Course due = closed(data.course(karen, data.unit, CUTOFF.minus(Duration.ofDays(90))), CUTOFF);
      Appointment visit = data.appointment(due, CUTOFF.minus(Duration.ofDays(30)));
      dk.borgerdialog.reminder.model.Reminder reminder =
          Fixture.reminder(visit, Duration.ofHours(24));
      own.reminders().addAll(List.of(reminder));
      dk.borgerdialog.relative.model.Relative anna =
          dk.borgerdialog.relative.model.Relative.create(
              dk.borgerdialog.common.ExternalRef.of("mitid", "anna-" + UUID.randomUUID()),
              "Anna Holm");
      own.relatives().add(anna);
      own.relativeReminders()
          .addOnce(
              dk.borgerdialog.reminder.model.RelativeReminder.pending(
                  reminder, anna.id(), CUTOFF.minus(Duration.ofDays(31))));
      MessageThread aboutIt = thread(karen, due, A_SECOND_LATER, false);
      Course closedLater =
          closed(data.course(karen, data.unit, CUTOFF.minus(Duration.ofDays(90))), A_SECOND_LATER);
      Course active = data.course(karen, data.unit, CUTOFF.minus(Duration.ofDays(900)));
      ExpiredData courses = purge(RetentionKind.CLOSED_COURSES);

      assertThat(inTransaction(courses, CUTOFF, 10)).isEqualTo(1);
      assertThat(inTransaction(courses, CUTOFF, 10)).as("a second run").isZero();

      assertThat(own.courses().byId(due.id())).isEmpty();
      assertThat(own.courses().byId(closedLater.id())).isPresent();
      assertThat(own.courses().byId(active.id())).isPresent();
      assertThat(own.appointments().byId(visit.id())).isEmpty();
      assertThat(count("SELECT COUNT(*) FROM borgerdialog.reminder")).isZero();
      assertThat(count("SELECT COUNT(*) FROM borgerdialog.relative_reminder")).isZero();
      assertThat(own.threads().byId(aboutIt.id()))
          .hasValueSatisfying(t -> assertThat(t.course()).isNull());
    }

    @Test
    void revoked_feeds_go_after_their_revocation() throws SQLException {
      Citizen karen = data.citizen();
      Citizen jonas = data.citizen();
      own.calendarFeeds().issue(karen.id(), "a".repeat(64), CUTOFF.minus(Duration.ofDays(9)));
      own.calendarFeeds().revoke(karen.id(), CUTOFF);
      own.calendarFeeds().issue(jonas.id(), "b".repeat(64), CUTOFF.minus(Duration.ofDays(9)));
      own.calendarFeeds().revoke(jonas.id(), A_SECOND_LATER);
      own.calendarFeeds().issue(jonas.id(), "c".repeat(64), CUTOFF.minus(Duration.ofDays(9)));

      assertThat(inTransaction(purge(RetentionKind.CALENDAR_FEEDS), CUTOFF, 10)).isEqualTo(1);
      assertThat(count("SELECT COUNT(*) FROM borgerdialog.calendar_feed")).isEqualTo(2);
    }

    @Test
    void signups_go_after_their_occurrence_and_series_signups_stay() throws SQLException {
      Activity walk = new NetworkFixture(data).weeklyWalk(LocalDate.of(2031, 1, 1));
      Citizen karen = data.citizen();
      signup(walk, karen, CUTOFF, SignupStatus.SEATED);
      signup(walk, data.citizen(), CUTOFF.minus(Duration.ofDays(7)), SignupStatus.WAITLISTED);
      signup(walk, karen, A_SECOND_LATER, SignupStatus.SEATED);
      signup(walk, data.citizen(), null, SignupStatus.SEATED);

      assertThat(inTransaction(purge(RetentionKind.SIGNUPS), CUTOFF, 10)).isEqualTo(2);
      assertThat(inTransaction(purge(RetentionKind.SIGNUPS), CUTOFF, 10)).isZero();
      assertThat(count("SELECT COUNT(*) FROM borgerdialog.signup")).isEqualTo(2);
      assertThat(count("SELECT COUNT(*) FROM borgerdialog.signup WHERE occurrence_at IS NULL"))
          .isEqualTo(1);
    }

    @Test
    void the_oldest_audit_records_go_and_the_chain_verifies_from_its_anchor() throws SQLException {
      Citizen karen = data.citizen();
      List<UUID> ids = new ArrayList<>();
      for (int i = 5; i >= 1; i--) {
        ids.add(audit(karen, CUTOFF.minus(Duration.ofDays(i))));
      }
      ids.add(audit(karen, CUTOFF));
      UUID later = audit(karen, A_SECOND_LATER);
      // written late with an early instant: after a record that is not due, so it stays
      UUID lateButOld = audit(karen, CUTOFF.minus(Duration.ofDays(30)));
      ExpiredData audit = purge(RetentionKind.AUDIT);

      assertThat(inTransaction(audit, CUTOFF, 4)).isEqualTo(4);
      assertThat(own.auditLog().verify().intact()).as("verified between two batches").isTrue();
      assertThat(inTransaction(audit, CUTOFF, 4)).isEqualTo(2);
      assertThat(inTransaction(audit, CUTOFF, 4)).as("a second run").isZero();

      assertThat(own.auditLog().about(karen.id(), 100))
          .extracting(AuditRecord::id)
          .containsExactlyInAnyOrder(later, lateButOld);
      assertThat(own.auditLog().verify().intact()).isTrue();
      assertThat(own.auditLog().verify().recordsChecked()).isEqualTo(2);

      // a record appended after the purge links on; deleting the first after the anchor is seen
      audit(karen, NOW);
      assertThat(own.auditLog().verify().intact()).isTrue();
      execute("DELETE FROM borgerdialog.audit_record WHERE id = '" + later + "'");
      assertThat(own.auditLog().verify().intact()).isFalse();
    }

    // ---- data

    void signup(
        Activity activity, Citizen citizen, @Nullable Instant occurrence, SignupStatus status) {
      own.signups()
          .add(
              new Signup(
                  SignupId.random(),
                  activity.id(),
                  citizen.id(),
                  occurrence,
                  status,
                  own.signups().nextPosition(activity.id()),
                  CUTOFF.minus(Duration.ofDays(30)),
                  0));
    }

    InAppNotification notification(Citizen citizen, Instant at) {
      InAppNotification notification =
          new InAppNotification(
              UUID.randomUUID(),
              citizen.id(),
              "test-" + UUID.randomUUID(),
              "Påmindelse",
              "Påmindelse: aftale i morgen",
              at,
              null);
      own.inAppNotifications().addOnce(notification);
      return notification;
    }

    Course closed(Course course, Instant at) {
      return own.courses().update(course.close(at).orElseThrow());
    }

    MessageThread thread(
        Citizen citizen, @Nullable Course course, Instant lastWritten, boolean attach) {
      MessageThread thread =
          MessageThread.start(
              ThreadId.random(),
              citizen.id(),
              data.unit.id(),
              null,
              course == null ? null : course.id(),
              null,
              "Jul",
              Side.CITIZEN,
              lastWritten);
      own.threads().add(thread);
      List<Attachment> files =
          attach
              ? List.of(Attachment.of("brev.pdf", "application/pdf", new byte[] {1, 2}))
              : List.of();
      Message message =
          new Message(
              MessageId.random(),
              thread.id(),
              Side.CITIZEN,
              MessageAuthor.of(
                  dk.borgerdialog.access.Actor.citizen(citizen.id(), AssuranceLevel.SUBSTANTIAL)),
              false,
              "Hej",
              lastWritten,
              null,
              files.stream().map(Attachment::info).toList());
      own.threads().addMessage(message, files);
      own.threads().update(thread.afterCitizenWrote(lastWritten));
      return own.threads().byId(thread.id()).orElseThrow();
    }

    UUID audit(Citizen citizen, Instant at) {
      AuditRecord record =
          new AuditRecord(
              UUID.randomUUID(),
              at,
              ActorKind.STAFF,
              UUID.randomUUID().toString(),
              AssuranceLevel.SUBSTANTIAL,
              citizen.id(),
              Operation.VIEW_OVERVIEW,
              null,
              true,
              null);
      own.auditLog().append(record);
      return record.id();
    }

    long count(String sql) throws SQLException {
      try (Connection c = ownDataSource.getConnection();
          PreparedStatement s = c.prepareStatement(sql);
          ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }

    void execute(String sql) throws SQLException {
      try (Connection c = ownDataSource.getConnection();
          PreparedStatement s = c.prepareStatement(sql)) {
        s.executeUpdate();
      }
    }
  }
}
