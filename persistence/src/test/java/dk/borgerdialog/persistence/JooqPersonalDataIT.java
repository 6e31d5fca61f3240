package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.gdpr.model.PersonalDataKind;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.relative.model.Relative;
import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.RelativeReminder;
import dk.borgerdialog.reminder.model.Reminder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of the foundation's {@link PersonalDataKind}s on both databases. */
class JooqPersonalDataIT {

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

    PersonalDataKind kind(String name) {
      return persistence.personalDataKinds().stream()
          .filter(k -> k.name().equals(name))
          .findFirst()
          .orElseThrow();
    }

    @Test
    void the_kinds_come_in_registration_order() {
      assertThat(persistence.personalDataKinds())
          .extracting(PersonalDataKind::name)
          .containsExactly(
              "citizen",
              "courses",
              "appointments",
              "inAppNotifications",
              "relativeGrants",
              "auditTrail",
              "careTeams",
              "messageThreads",
              "noticeDeliveries",
              "activitySignups",
              "activitySuggestions",
              "interests",
              "courseMaterial",
              "materialProgress",
              "calendarFeeds");
    }

    @Test
    void appointments_export_their_reminders_and_erase_with_them_only_for_that_citizen() {
      Citizen karen = fixture.citizen();
      Citizen other = fixture.citizen();
      Course course = fixture.course(karen, fixture.unit, NOW.minus(Duration.ofDays(5)));
      Course othersCourse = fixture.course(other, fixture.unit, NOW.minus(Duration.ofDays(5)));
      Appointment visit = fixture.appointment(course, NOW.plus(Duration.ofDays(2)));
      Appointment othersVisit = fixture.appointment(othersCourse, NOW.plus(Duration.ofDays(2)));
      Reminder reminder = Fixture.reminder(visit, Duration.ofHours(24));
      persistence
          .reminders()
          .addAll(List.of(reminder, Fixture.reminder(othersVisit, Duration.ofHours(24))));

      List<Map<String, Object>> exported = kind("appointments").export(karen.id());

      assertThat(exported)
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a).containsEntry("id", visit.id().value().toString());
                assertThat(a).doesNotContainKey("version");
                assertThat((List<?>) a.get("reminders")).hasSize(1);
              });
      assertThat(kind("appointments").erase(karen.id(), NOW)).isGreaterThanOrEqualTo(2);
      assertThat(kind("appointments").export(karen.id())).isEmpty();
      assertThat(kind("appointments").export(other.id())).hasSize(1);
      assertThat(kind("courses").erase(karen.id(), NOW)).isEqualTo(1);
      assertThat(kind("courses").export(other.id())).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_relatives_copy_of_a_reminder_is_exported_with_it_and_erased_with_it() {
      Citizen karen = fixture.citizen();
      Citizen other = fixture.citizen();
      Course course = fixture.course(karen, fixture.unit, NOW.minus(Duration.ofDays(5)));
      Course othersCourse = fixture.course(other, fixture.unit, NOW.minus(Duration.ofDays(5)));
      Reminder reminder =
          Fixture.reminder(
              fixture.appointment(course, NOW.plus(Duration.ofDays(2))), Duration.ofHours(24));
      Reminder othersReminder =
          Fixture.reminder(
              fixture.appointment(othersCourse, NOW.plus(Duration.ofDays(2))),
              Duration.ofHours(24));
      persistence.reminders().addAll(List.of(reminder, othersReminder));
      Relative anna =
          Relative.create(ExternalRef.of("mitid", "anna-" + UUID.randomUUID()), "Anna Holm");
      persistence.relatives().add(anna);
      RelativeReminder copy = RelativeReminder.pending(reminder, anna.id(), NOW);
      RelativeReminder othersCopy = RelativeReminder.pending(othersReminder, anna.id(), NOW);
      persistence.relativeReminders().addOnce(copy);
      persistence.relativeReminders().addOnce(othersCopy);
      persistence
          .relativeReminders()
          .addAttempt(
              copy.id(),
              new DeliveryAttempt(
                  UUID.randomUUID(),
                  reminder.id(),
                  ChannelKind.SMS,
                  RelativeReminder.idempotencyKey(reminder, anna.id(), ChannelKind.SMS),
                  NOW,
                  DeliveryAttempt.Outcome.FAILED,
                  null,
                  "HTTP 500"));

      Map<String, Object> exported =
          (Map<String, Object>)
              ((List<?>) kind("appointments").export(karen.id()).get(0).get("reminders")).get(0);

      assertThat((List<?>) exported.get("relativeCopies"))
          .singleElement()
          .satisfies(
              c -> {
                Map<String, Object> item = (Map<String, Object>) c;
                assertThat(item.get("relativeId")).isEqualTo(anna.id().value().toString());
                assertThat(item.get("status")).isEqualTo("PENDING");
                assertThat((List<?>) item.get("attempts")).hasSize(1);
                assertThat(item).doesNotContainKey("version");
              });
      kind("appointments").erase(karen.id(), NOW);
      assertThat(persistence.relativeReminders().byId(copy.id())).isEmpty();
      assertThat(persistence.relativeReminders().attempts(copy.id())).isEmpty();
      assertThat(persistence.relativeReminders().byId(othersCopy.id())).contains(othersCopy);
    }

    @Test
    void the_audit_trail_is_stripped_not_deleted_and_stays_chained() {
      Citizen karen = fixture.citizen();
      JooqPersistence own = freshPersistence();
      AuditRecord refused =
          new AuditRecord(
              UUID.randomUUID(),
              NOW,
              ActorKind.STAFF,
              UUID.randomUUID().toString(),
              AssuranceLevel.SUBSTANTIAL,
              karen.id(),
              Operation.VIEW_OVERVIEW,
              UUID.randomUUID(),
              false,
              "not the staff member's unit");
      own.auditLog().append(refused);
      PersonalDataKind audit =
          own.personalDataKinds().stream()
              .filter(k -> k.name().equals("auditTrail"))
              .findFirst()
              .orElseThrow();

      assertThat(audit.export(karen.id()))
          .singleElement()
          .satisfies(r -> assertThat(r).containsEntry("reason", "not the staff member's unit"));
      assertThat(audit.erase(karen.id(), NOW)).isEqualTo(1);
      assertThat(audit.erase(karen.id(), NOW)).isZero();

      assertThat(own.auditLog().about(karen.id(), 10))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.reason()).isNull();
                assertThat(r.entityId()).isNull();
                assertThat(r.operation()).isEqualTo(Operation.VIEW_OVERVIEW);
              });
      assertThat(own.auditLog().verify().intact()).isTrue();
    }
  }
}
