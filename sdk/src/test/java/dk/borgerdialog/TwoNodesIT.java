package dk.borgerdialog;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.notification.model.NotificationChannel;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.persistence.testing.TestDatabases;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two Borgerdialog nodes on one PostgreSQL database, both dispatching: every reminder is delivered
 * once, and both nodes share the work.
 */
class TwoNodesIT {
  private static final int CITIZENS = 200;

  /** An SMS channel that records which node sent what, and accepts everything. */
  static final class RecordingChannel implements NotificationChannel {
    final String node;
    final List<String> keys = new CopyOnWriteArrayList<>();

    RecordingChannel(String node) {
      this.node = node;
    }

    @Override
    public ChannelKind kind() {
      return ChannelKind.SMS;
    }

    @Override
    public DeliveryResult send(Notification notification) {
      keys.add(notification.idempotencyKey());
      return DeliveryResult.delivered(node + "-" + keys.size());
    }
  }

  @Test
  void every_reminder_is_delivered_once_and_both_nodes_share_the_work() throws Exception {
    DataSource database = TestDatabases.freshPostgres();
    SettableClock clock = SettableClock.at("2026-11-23T09:00", "Europe/Copenhagen");
    RecordingChannel a = new RecordingChannel("a");
    RecordingChannel b = new RecordingChannel("b");
    try (Borgerdialog nodeA = node(database, clock, a);
        Borgerdialog nodeB = node(database, clock, b)) {
      Instant start = seed(nodeA, clock);

      // every reminder falls due at once; both nodes poll the same table
      clock.set(start.minus(Duration.ofMinutes(30)));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (a.keys.size() + b.keys.size() < CITIZENS && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      Thread.sleep(500); // a late duplicate would show up here

      List<String> all = new java.util.ArrayList<>(a.keys);
      all.addAll(b.keys);
      Map<String, Long> perKey =
          all.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertThat(all).hasSize(CITIZENS);
      assertThat(perKey.values()).containsOnly(1L);
      assertThat(a.keys).isNotEmpty();
      assertThat(b.keys).isNotEmpty();
      System.out.printf(
          "two nodes: %d reminders, node a %d, node b %d, duplicates 0%n",
          all.size(), a.keys.size(), b.keys.size());
    }
  }

  private static Borgerdialog node(DataSource database, SettableClock clock, RecordingChannel sms) {
    return Borgerdialog.builder()
        .dataSource(database)
        .clock(clock)
        .reminderPolling(Duration.ofMillis(100))
        .channel(sms)
        .start();
  }

  /** Sets up 200 citizens who prefer SMS, each with one appointment reminded 1 hour before. */
  private static Instant seed(Borgerdialog dialog, SettableClock clock) {
    SetupOperations setup = dialog.setup();
    Municipality kk = setup.createMunicipality("Københavns Kommune");
    Centre centre = setup.createCentre(kk.id(), "Borgercenter Voksne");
    Unit unit =
        setup.createUnit(centre.id(), "Rådgivning", "Borgercenter Nord", BookingRules.defaults());
    StaffMember caseworker =
        setup.addStaffMember(
            kk.id(),
            null,
            "Mette Sørensen",
            null,
            List.of(new UnitRole(unit.id(), StaffRole.CASEWORKER)));
    CourseTemplate template =
        setup.addCourseTemplate(kk.id(), "Samtaleforløb", CourseKind.COUNSELLING, null);
    dialog
        .as(Actor.system("setup"))
        .reminders()
        .setReminderPolicy(unit.id(), ReminderPolicy.hoursBefore(1));
    PlanOperations staff =
        dialog.as(Actor.staff(caseworker.id(), AssuranceLevel.SUBSTANTIAL)).plan();
    Instant start = clock.instant().plus(Duration.ofDays(1));
    for (int i = 0; i < CITIZENS; i++) {
      Citizen citizen =
          setup.registerCitizen(kk.id(), ExternalRef.of("sensum", "C-" + i), null, "Borger " + i);
      dialog
          .as(Actor.citizen(citizen.id(), AssuranceLevel.SUBSTANTIAL))
          .reminders()
          .saveContactPreferences(
              new ContactPreferences(
                  citizen.id(),
                  List.of(ChannelKind.SMS),
                  null,
                  String.format("+45%08d", 20000000 + i),
                  QuietHours.DEFAULT,
                  Set.of(),
                  0));
      Course course = staff.openCourse(citizen.id(), unit.id(), template.id());
      staff.book(
          BookAppointmentCommand.at(
              course.id(),
              AppointmentType.of("conversation"),
              start,
              start.plus(Duration.ofHours(1)),
              AppointmentMode.phone(),
              List.of(caseworker.id())));
    }
    return start;
  }
}
