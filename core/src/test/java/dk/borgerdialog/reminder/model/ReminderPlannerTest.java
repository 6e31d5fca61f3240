package dk.borgerdialog.reminder.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.testfixtures.AppointmentFixture;
import dk.borgerdialog.testfixtures.CitizenFixture;
import dk.borgerdialog.testfixtures.CourseFixture;
import dk.borgerdialog.testfixtures.OrganisationFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Due times of planned reminders: exact instants before the start, across both changes of the clock
 * in Copenhagen in 2026 (29 March, 02:00 CET → 03:00 CEST; 25 October, 03:00 CEST → 02:00 CET),
 * moved out of quiet hours to a quarter of an hour before they begin the evening before, or to the
 * morning they end if that evening has already passed.
 */
class ReminderPlannerTest {
  private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  private static final Duration H72 = Duration.ofHours(72);
  private static final Duration H24 = Duration.ofHours(24);
  private static final Duration H2 = Duration.ofHours(2);
  private static final Duration M45 = Duration.ofMinutes(45);
  private static final ReminderPolicy ALL_FOUR =
      new ReminderPolicy(List.of(H72, H24, H2, M45), false);
  private static final Instant LONG_BEFORE = Instant.parse("2026-01-01T00:00:00Z");

  private final Course course =
      CourseFixture.activeCourse(
          CitizenFixture.anyCitizenId(),
          OrganisationFixture.anyUnitId(),
          CourseFixture.anyCourseTemplateId(),
          LONG_BEFORE);

  private Appointment appointmentAt(Instant start) {
    return AppointmentFixture.bookedAppointment(course, start, LONG_BEFORE);
  }

  private static Instant cph(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(CPH).toInstant();
  }

  private static List<Instant> dueTimes(List<Reminder> reminders) {
    return reminders.stream().map(Reminder::dueAt).toList();
  }

  private List<Reminder> plan(Instant start, ReminderPolicy policy, Instant now) {
    return ReminderPlanner.plan(appointmentAt(start), policy, QuietHours.DEFAULT, CPH, now);
  }

  // ---- exact instants across the changes of the clock

  @Test
  void plan_24hBeforeMondayAfterTheSpringChange_isSundayAtTheSameLocalTime() {
    Instant monday = Instant.parse("2026-03-30T07:00:00Z"); // 09:00 CEST

    List<Reminder> planned = plan(monday, new ReminderPolicy(List.of(H24), false), LONG_BEFORE);

    assertThat(dueTimes(planned)).containsExactly(Instant.parse("2026-03-29T07:00:00Z"));
    assertThat(planned.get(0).dueAt().atZone(CPH).toLocalDateTime())
        .isEqualTo(LocalDateTime.parse("2026-03-29T09:00"));
    assertThat(Duration.between(planned.get(0).dueAt(), monday)).isEqualTo(H24);
  }

  @Test
  void plan_allFourOffsetsAcrossTheSpringChange_areExactDurationsBack() {
    Instant monday = cph("2026-03-30T14:00"); // 12:00Z

    List<Reminder> planned = plan(monday, ALL_FOUR, LONG_BEFORE);

    assertThat(dueTimes(planned))
        .containsExactly(
            Instant.parse("2026-03-27T12:00:00Z"), // Friday 13:00 CET
            Instant.parse("2026-03-29T12:00:00Z"), // Sunday 14:00 CEST
            Instant.parse("2026-03-30T10:00:00Z"), // 12:00 CEST
            Instant.parse("2026-03-30T11:15:00Z")); // 13:15 CEST
    assertThat(planned.get(0).dueAt().atZone(CPH).toLocalTime()).isEqualTo(LocalTime.of(13, 0));
    assertThat(planned)
        .allSatisfy(r -> assertThat(r.dueAt()).isEqualTo(monday.minus(r.offset())))
        .extracting(Reminder::offset)
        .containsExactly(H72, H24, H2, M45);
  }

  @Test
  void plan_2hBeforeSundayOfTheAutumnChange_is0800Cet() {
    Instant sunday = cph("2026-10-25T10:00"); // CET, 09:00Z
    assertThat(sunday).isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));

    List<Reminder> planned = plan(sunday, new ReminderPolicy(List.of(H2), false), LONG_BEFORE);

    assertThat(dueTimes(planned)).containsExactly(Instant.parse("2026-10-25T07:00:00Z"));
    assertThat(planned.get(0).dueAt().atZone(CPH).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
  }

  @Test
  void plan_allFourOffsetsAcrossTheAutumnChange_areExactDurationsBack() {
    Instant sunday = cph("2026-10-25T10:00"); // 09:00Z

    List<Reminder> planned = plan(sunday, ALL_FOUR, LONG_BEFORE);

    assertThat(dueTimes(planned))
        .containsExactly(
            Instant.parse("2026-10-22T09:00:00Z"), // Thursday 11:00 CEST
            Instant.parse("2026-10-24T09:00:00Z"), // Saturday 11:00 CEST
            Instant.parse("2026-10-25T07:00:00Z"), // 08:00 CET
            Instant.parse("2026-10-25T08:15:00Z")); // 09:15 CET
    assertThat(planned.get(1).dueAt().atZone(CPH).toLocalTime()).isEqualTo(LocalTime.of(11, 0));
  }

  @Test
  void plan_24hBeforeMondayAfterTheAutumnChange_isSundayAtTheSameLocalTime() {
    Instant monday = cph("2026-10-26T09:00"); // CET, 08:00Z

    List<Reminder> planned = plan(monday, new ReminderPolicy(List.of(H24), false), LONG_BEFORE);

    assertThat(dueTimes(planned)).containsExactly(Instant.parse("2026-10-25T08:00:00Z"));
    assertThat(planned.get(0).dueAt().atZone(CPH).toLocalDateTime())
        .isEqualTo(LocalDateTime.parse("2026-10-25T09:00"));
  }

  @Test
  void plan_keepsTheAppointmentAndCitizenAndIsPending() {
    Appointment appointment = appointmentAt(cph("2026-03-30T14:00"));

    List<Reminder> planned =
        ReminderPlanner.plan(appointment, ALL_FOUR, QuietHours.DEFAULT, CPH, LONG_BEFORE);

    assertThat(planned)
        .hasSize(4)
        .allSatisfy(
            r -> {
              assertThat(r.appointment()).isEqualTo(appointment.id());
              assertThat(r.citizen()).isEqualTo(appointment.citizen());
              assertThat(r.unit()).isEqualTo(appointment.unit());
              assertThat(r.appointmentStart()).isEqualTo(appointment.start());
              assertThat(r.status()).isEqualTo(ReminderStatus.PENDING);
              assertThat(r.sentVia()).isNull();
              assertThat(r.sentAt()).isNull();
              assertThat(r.version()).isZero();
            });
    assertThat(planned).extracting(Reminder::id).doesNotHaveDuplicates();
  }

  // ---- quiet hours

  @Test
  void plan_inQuietHours_movesTo2045TheEveningBefore() {
    Instant tuesday = cph("2026-01-13T07:30");

    List<Reminder> planned = plan(tuesday, ReminderPolicy.hoursBefore(2), LONG_BEFORE);

    assertThat(dueTimes(planned)).containsExactly(cph("2026-01-12T20:45"));
    assertThat(ReminderPlanner.QUIET_MARGIN).isEqualTo(Duration.ofMinutes(15));
    assertThat(planned.get(0).offset()).isEqualTo(H2);
  }

  @Test
  void plan_lateEveningAppointment_movesEarlierTheSameEveningAndStaysBeforeTheStart() {
    Instant evening = cph("2026-01-13T21:40");

    List<Reminder> planned =
        plan(evening, new ReminderPolicy(List.of(Duration.ofMinutes(30)), false), LONG_BEFORE);

    assertThat(dueTimes(planned)).containsExactly(cph("2026-01-13T20:45"));
  }

  @Test
  void plan_atTheEdgesOfQuietHours_0800And2045StayPutAnd2100MovesTo2045() {
    // 08:00 is the first minute after quiet hours and may be used; 21:00 is the first minute of
    // them and moves to 20:45, which is outside them and stays
    List<Reminder> morning =
        plan(cph("2026-01-13T10:00"), ReminderPolicy.hoursBefore(2), LONG_BEFORE);
    List<Reminder> atTheMargin =
        plan(cph("2026-01-13T22:45"), ReminderPolicy.hoursBefore(2), LONG_BEFORE);
    List<Reminder> evening =
        plan(cph("2026-01-13T23:00"), ReminderPolicy.hoursBefore(2), LONG_BEFORE);

    assertThat(dueTimes(morning)).containsExactly(cph("2026-01-13T08:00"));
    assertThat(dueTimes(atTheMargin)).containsExactly(cph("2026-01-13T20:45"));
    assertThat(dueTimes(evening)).containsExactly(cph("2026-01-13T20:45"));
  }

  @Test
  void plan_inQuietHoursOnTheNightOfTheSpringChange_movesTo2045CetTheEveningBefore() {
    Instant sunday = cph("2026-03-29T08:30"); // CEST, 06:30Z; 2 h before is 06:30 CEST

    List<Reminder> planned = plan(sunday, ReminderPolicy.hoursBefore(2), LONG_BEFORE);

    assertThat(dueTimes(planned)).containsExactly(Instant.parse("2026-03-28T19:45:00Z"));
  }

  @Test
  void plan_inQuietHoursTheMorningAfterTheSpringChange_movesTo2045CestOnTheDayOfTheChange() {
    Instant monday = cph("2026-03-30T08:30"); // 06:30Z

    List<Reminder> planned = plan(monday, new ReminderPolicy(List.of(H2, M45), false), LONG_BEFORE);

    // both land on Sunday 20:45 CEST and become one
    assertThat(dueTimes(planned)).containsExactly(Instant.parse("2026-03-29T18:45:00Z"));
  }

  @Test
  void plan_inQuietHoursOnTheNightOfTheAutumnChange_movesTo2045CestTheEveningBefore() {
    Instant sunday = cph("2026-10-25T09:00"); // CET, 08:00Z; 2 h before is 07:00 CET

    List<Reminder> planned = plan(sunday, ReminderPolicy.hoursBefore(2), LONG_BEFORE);

    assertThat(dueTimes(planned)).containsExactly(Instant.parse("2026-10-24T18:45:00Z"));
  }

  @Test
  void plan_dueInTheRepeatedHourOfTheAutumnChange_isNotSentAtNight() {
    // 10:00 CET minus 7.5 h is 01:30Z, the second 02:30 of that night
    Instant sunday = cph("2026-10-25T10:00");
    ReminderPolicy policy = new ReminderPolicy(List.of(Duration.ofMinutes(450)), false);

    List<Reminder> planned = plan(sunday, policy, LONG_BEFORE);

    // Saturday 20:45 CEST
    assertThat(dueTimes(planned)).containsExactly(Instant.parse("2026-10-24T18:45:00Z"));
  }

  @Test
  void plan_critical_keepsNightTimes() {
    Instant tuesday = cph("2026-01-13T07:30");
    ReminderPolicy critical = new ReminderPolicy(List.of(H2, M45), true);

    List<Reminder> planned = plan(tuesday, critical, LONG_BEFORE);

    assertThat(dueTimes(planned)).containsExactly(cph("2026-01-13T05:30"), cph("2026-01-13T06:45"));
  }

  @Test
  void plan_critical_acrossTheAutumnChange_keepsTheExactInstantInTheRepeatedHour() {
    Instant sunday = cph("2026-10-25T10:00");
    ReminderPolicy critical = new ReminderPolicy(List.of(Duration.ofMinutes(450)), true);

    assertThat(dueTimes(plan(sunday, critical, LONG_BEFORE)))
        .containsExactly(Instant.parse("2026-10-25T01:30:00Z"));
  }

  @Test
  void plan_customQuietWindowNotCrossingMidnight_movesToAQuarterBeforeItsStartTheSameDay() {
    QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));
    Appointment appointment = appointmentAt(cph("2026-01-13T15:00"));

    List<Reminder> planned =
        ReminderPlanner.plan(
            appointment,
            new ReminderPolicy(List.of(H2, Duration.ofMinutes(50)), false),
            lunch,
            CPH,
            LONG_BEFORE);

    // 13:00 is in the window and moves to 11:45; 14:10 is after it and stays
    assertThat(dueTimes(planned)).containsExactly(cph("2026-01-13T11:45"), cph("2026-01-13T14:10"));
  }

  @Test
  void plan_customQuietWindow_leavesTheNightAlone() {
    QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));

    List<Reminder> planned =
        ReminderPlanner.plan(
            appointmentAt(cph("2026-01-13T07:00")),
            ReminderPolicy.hoursBefore(2),
            lunch,
            CPH,
            LONG_BEFORE);

    assertThat(dueTimes(planned)).containsExactly(cph("2026-01-13T05:00"));
  }

  @Test
  void plan_quietWindowStartingInTheSpringGap_movesToAQuarterBeforeTheClockPassedIt() {
    // 02:30 does not exist on 29 March: the clock jumps from 02:00 CET to 03:00 CEST (01:00Z),
    // and quiet hours begin at that jump; a reminder due at 03:10 CEST moves to a quarter before
    // the jump, 01:45 CET, not to a quarter before a 02:30 that never came
    QuietHours fromHalfPastTwo = new QuietHours(LocalTime.of(2, 30), LocalTime.of(6, 0));
    Instant start = cph("2026-03-29T05:10"); // CEST, 03:10Z

    List<Reminder> planned =
        ReminderPlanner.plan(
            appointmentAt(start), ReminderPolicy.hoursBefore(2), fromHalfPastTwo, CPH, LONG_BEFORE);

    assertThat(dueTimes(planned)).containsExactly(Instant.parse("2026-03-29T00:45:00Z"));
  }

  // ---- what is not planned

  @Test
  void plan_reminderAlreadyDue_isNotPlanned() {
    Instant start = cph("2026-01-13T12:00");

    List<Reminder> planned = plan(start, ALL_FOUR, cph("2026-01-13T10:00"));

    // 2 h before is exactly now: already due; 45 min before is still ahead
    assertThat(planned).extracting(Reminder::offset).containsExactly(M45);
  }

  @Test
  void plan_allOffsetsPassed_plansNothing() {
    Instant start = cph("2026-01-13T12:00");

    assertThat(plan(start, ALL_FOUR, cph("2026-01-13T11:30"))).isEmpty();
  }

  @Test
  void plan_movedByQuietHoursIntoThePast_goesOutWhenQuietHoursEnd() {
    // booked at 22:00 for 08:30 the next morning: 2 h before would move to 20:45, already passed,
    // so it goes out at 08:00, when quiet hours end, still before the start
    Instant start = cph("2026-01-13T08:30");

    List<Reminder> planned = plan(start, ReminderPolicy.hoursBefore(2), cph("2026-01-12T22:00"));

    assertThat(planned)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.dueAt()).isEqualTo(cph("2026-01-13T08:00"));
              assertThat(r.offset()).isEqualTo(H2);
            });
  }

  @Test
  void plan_movedByQuietHoursIntoThePast_whenQuietHoursEndAtTheStart_isNotPlanned() {
    // booked at 22:00 for 08:00 the next morning: 20:45 has passed and 08:00 is the start itself
    List<Reminder> atTheStart =
        plan(cph("2026-01-13T08:00"), ReminderPolicy.hoursBefore(2), cph("2026-01-12T22:00"));
    List<Reminder> beforeTheEnd =
        plan(cph("2026-01-13T07:30"), ReminderPolicy.hoursBefore(2), cph("2026-01-12T22:00"));

    assertThat(atTheStart).isEmpty();
    assertThat(beforeTheEnd).isEmpty();
  }

  @Test
  void plan_movedByQuietHoursJustBeforeTheMargin_stillGoesOutTheEveningBefore() {
    // booked at 20:44: 20:45 is still ahead, so the reminder does not wait for the morning
    Instant start = cph("2026-01-13T08:30");

    List<Reminder> planned = plan(start, ReminderPolicy.hoursBefore(2), cph("2026-01-12T20:44"));

    assertThat(dueTimes(planned)).containsExactly(cph("2026-01-12T20:45"));
  }

  @Test
  void plan_twoOffsetsOnTheSameShiftedInstant_becomeOneWithTheLongerOffset() {
    Instant start = cph("2026-01-13T07:00");
    ReminderPolicy policy = new ReminderPolicy(List.of(Duration.ofHours(3), H2, M45), false);

    List<Reminder> planned = plan(start, policy, LONG_BEFORE);

    assertThat(planned)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.dueAt()).isEqualTo(cph("2026-01-12T20:45"));
              assertThat(r.offset()).isEqualTo(Duration.ofHours(3));
            });
  }

  @Test
  void plan_isEarliestFirst() {
    Instant start = cph("2026-01-16T12:00");
    ReminderPolicy policy = new ReminderPolicy(List.of(M45, H72, H2, H24), false);

    List<Reminder> planned = plan(start, policy, LONG_BEFORE);

    assertThat(dueTimes(planned)).isSorted().hasSize(4);
  }
}
