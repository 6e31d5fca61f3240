package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static dk.borgerdialog.persistence.Fixture.reminder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.reminder.model.Reminder;
import dk.borgerdialog.reminder.model.ReminderId;
import dk.borgerdialog.reminder.model.ReminderStatus;
import dk.borgerdialog.reminder.model.Reminders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqRemindersIT {

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
    private static final Instant IN_THREE_DAYS = NOW.plus(Duration.ofDays(3));

    Contract(Database database) {
      super(database);
    }

    Reminders reminders() {
      return persistence.reminders();
    }

    @Test
    void a_pending_reminder_round_trips_without_channel_and_time_sent() {
      Reminder pending = reminder(fixture.appointment(IN_THREE_DAYS), Duration.ofHours(24));

      reminders().addAll(List.of(pending));

      Reminder read = reminders().byId(pending.id()).orElseThrow();
      assertThat(read).isEqualTo(pending);
      assertThat(read.sentVia()).isNull();
      assertThat(read.sentAt()).isNull();
    }

    @Test
    void a_sent_reminder_round_trips_its_channel_time_and_new_version() {
      Reminder pending = reminder(fixture.appointment(IN_THREE_DAYS), Duration.ofMinutes(90));
      reminders().addAll(List.of(pending));

      Reminder sent =
          reminders().update(pending.sent(ChannelKind.SMS, pending.dueAt().plusMillis(1234)));

      assertThat(sent.version()).isEqualTo(1);
      assertThat(reminders().byId(pending.id())).contains(sent);
      assertThat(sent.sentVia()).isEqualTo(ChannelKind.SMS);
      assertThat(sent.sentAt()).isEqualTo(pending.dueAt().plusMillis(1234));
      assertThat(sent.offset()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void a_locked_reminder_makes_a_concurrent_update_wait_until_the_lock_is_released()
        throws Exception {
      Reminder pending = reminder(fixture.appointment(IN_THREE_DAYS), Duration.ofHours(2));
      reminders().addAll(List.of(pending));
      java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

      java.util.concurrent.CompletableFuture<Reminder> holder =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () ->
                  persistence
                      .transactions()
                      .inTransaction(
                          () -> {
                            Reminder read = reminders().lockById(pending.id()).orElseThrow();
                            locked.countDown();
                            try {
                              release.await();
                            } catch (InterruptedException e) {
                              Thread.currentThread().interrupt();
                            }
                            return reminders().update(read.sent(ChannelKind.SMS, NOW));
                          }));
      locked.await();
      java.util.concurrent.CompletableFuture<Throwable> withdrawal =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () ->
                  org.assertj.core.api.Assertions.catchThrowable(
                      () ->
                          persistence
                              .transactions()
                              .inTransaction(
                                  () ->
                                      reminders()
                                          .update(
                                              pending.withStatus(
                                                  dk.borgerdialog.reminder.model.ReminderStatus
                                                      .WITHDRAWN)))));
      Thread.sleep(300);
      assertThat(withdrawal).as("the update waits for the lock").isNotDone();
      release.countDown();

      assertThat(holder.get().status())
          .isEqualTo(dk.borgerdialog.reminder.model.ReminderStatus.SENT);
      // the waiting update lost the race for the version (or, on H2, timed out waiting)
      assertThat(withdrawal.get()).isInstanceOf(dk.borgerdialog.common.BorgerdialogException.class);
      assertThat(reminders().byId(pending.id()).orElseThrow().status())
          .isEqualTo(dk.borgerdialog.reminder.model.ReminderStatus.SENT);
    }

    @Test
    void a_reminder_moved_earlier_by_quiet_hours_keeps_its_offset_and_due_time() {
      Appointment appointment = fixture.appointment(IN_THREE_DAYS);
      Reminder moved =
          new Reminder(
              ReminderId.random(),
              appointment.id(),
              appointment.citizen(),
              appointment.unit(),
              Duration.ofHours(2),
              appointment.start().minus(Duration.ofHours(11)),
              appointment.start(),
              ReminderStatus.PENDING,
              null,
              null,
              0);

      reminders().addAll(List.of(moved));

      assertThat(reminders().byId(moved.id())).contains(moved);
    }

    @Test
    void undelivered_lists_a_units_undelivered_reminders_since_a_time_newest_first() {
      Appointment soon = fixture.appointment(IN_THREE_DAYS);
      Appointment later = fixture.appointment(IN_THREE_DAYS.plus(Duration.ofDays(1)));
      Reminder a = reminder(soon, Duration.ofHours(24));
      Reminder b = reminder(later, Duration.ofHours(24));
      Reminder pending = reminder(later, Duration.ofHours(2));
      reminders().addAll(List.of(a, b, pending));
      Reminder undeliveredA = reminders().update(a.withStatus(ReminderStatus.UNDELIVERED));
      Reminder undeliveredB = reminders().update(b.withStatus(ReminderStatus.UNDELIVERED));

      assertThat(reminders().undelivered(soon.unit(), NOW, 10))
          .containsExactly(undeliveredB, undeliveredA);
      assertThat(reminders().undelivered(soon.unit(), NOW, 1)).containsExactly(undeliveredB);
      assertThat(reminders().undelivered(soon.unit(), IN_THREE_DAYS.plusSeconds(1), 10))
          .containsExactly(undeliveredB);
      assertThat(
              reminders().undelivered(dk.borgerdialog.organisation.model.UnitId.random(), NOW, 10))
          .isEmpty();
    }

    @Test
    void unknown_id_is_empty() {
      assertThat(reminders().byId(ReminderId.random())).isEmpty();
      assertThat(reminders().of(AppointmentId.random())).isEmpty();
    }

    @Test
    void adding_none_changes_nothing() {
      reminders().addAll(List.of());
    }

    @Test
    void the_reminders_of_an_appointment_come_earliest_first_in_every_status() {
      Appointment appointment = fixture.appointment(IN_THREE_DAYS);
      Reminder early = reminder(appointment, Duration.ofHours(48));
      Reminder middle = reminder(appointment, Duration.ofHours(24));
      Reminder late = reminder(appointment, Duration.ofHours(2));
      reminders().addAll(List.of(middle, late, early));
      Reminder withdrawn = reminders().update(middle.withStatus(ReminderStatus.WITHDRAWN));
      Reminder undelivered = reminders().update(late.withStatus(ReminderStatus.UNDELIVERED));
      Reminder sent = reminders().update(early.sent(ChannelKind.IN_APP, early.dueAt()));
      Appointment other = fixture.appointment(IN_THREE_DAYS);
      reminders().addAll(List.of(reminder(other, Duration.ofHours(30))));

      assertThat(reminders().of(appointment.id())).containsExactly(sent, withdrawn, undelivered);
    }

    @Test
    void adding_reminders_is_all_or_nothing_and_an_existing_id_is_a_conflict() {
      Appointment appointment = fixture.appointment(IN_THREE_DAYS);
      Reminder stored = reminder(appointment, Duration.ofHours(24));
      reminders().addAll(List.of(stored));
      Reminder fresh = reminder(appointment, Duration.ofHours(2));
      Reminder again =
          new Reminder(
              stored.id(),
              appointment.id(),
              appointment.citizen(),
              appointment.unit(),
              Duration.ofHours(3),
              appointment.start().minus(Duration.ofHours(3)),
              appointment.start(),
              ReminderStatus.PENDING,
              null,
              null,
              0);

      assertThatThrownBy(() -> reminders().addAll(List.of(fresh, again)))
          .isInstanceOf(ConflictException.class);

      assertThat(reminders().of(appointment.id())).containsExactly(stored);
    }

    @Test
    void update_with_a_stale_version_is_a_conflict_and_changes_nothing() {
      Reminder pending = fixture.storedReminder(Duration.ofHours(24));
      Reminder withdrawn = reminders().update(pending.withStatus(ReminderStatus.WITHDRAWN));

      assertThatThrownBy(() -> reminders().update(pending.sent(ChannelKind.EMAIL, NOW)))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining(pending.id().toString());
      assertThat(reminders().byId(pending.id())).contains(withdrawn);
    }

    @Test
    void update_of_an_unknown_reminder_is_no_such_entity() {
      Reminder never = reminder(fixture.appointment(IN_THREE_DAYS), Duration.ofHours(24));

      assertThatThrownBy(() -> reminders().update(never)).isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void an_offset_with_a_fraction_of_a_second_is_invalid_and_adds_nothing() {
      Appointment appointment = fixture.appointment(IN_THREE_DAYS);
      Reminder fraction = reminder(appointment, Duration.ofMillis(90_500));

      assertThatThrownBy(() -> reminders().addAll(List.of(fraction)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("offset");
      assertThat(reminders().of(appointment.id())).isEmpty();
    }
  }
}
