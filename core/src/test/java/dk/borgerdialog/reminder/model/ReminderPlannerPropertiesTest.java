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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Planned reminders for any appointment in 2026–2030 in Copenhagen, any policy and any quiet hours:
 * before the start, after now, never later than the start minus the offset, and never inside quiet
 * hours unless the policy is critical. Half the starts fall within three days of a change of the
 * clock.
 */
class ReminderPlannerPropertiesTest {
  private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  private static final Instant FIRST = LocalDate.of(2026, 1, 1).atStartOfDay(CPH).toInstant();
  private static final Instant LAST = LocalDate.of(2031, 1, 1).atStartOfDay(CPH).toInstant();
  private static final List<Instant> CHANGES = changesOfTheClock();

  private static final Course COURSE =
      CourseFixture.activeCourse(
          CitizenFixture.anyCitizenId(),
          OrganisationFixture.anyUnitId(),
          CourseFixture.anyCourseTemplateId(),
          FIRST.minus(Duration.ofDays(60)));

  private static List<Instant> changesOfTheClock() {
    List<Instant> changes = new ArrayList<>();
    ZoneOffsetTransition next = CPH.getRules().nextTransition(FIRST);
    while (next != null && next.getInstant().isBefore(LAST)) {
      changes.add(next.getInstant());
      next = CPH.getRules().nextTransition(next.getInstant());
    }
    return changes;
  }

  /** A planning situation: an appointment, when it is planned, the policy and quiet hours. */
  record Situation(Appointment appointment, Instant now, ReminderPolicy policy, QuietHours quiet) {
    List<Reminder> plan() {
      return ReminderPlanner.plan(appointment, policy, quiet, CPH, now);
    }

    Instant start() {
      return appointment.start();
    }
  }

  @Provide
  Arbitrary<Situation> situations() {
    return Combinators.combine(starts(), leads(), policies(), quietHours())
        .as(
            (start, lead, policy, quiet) -> {
              Instant now = start.minus(lead);
              return new Situation(
                  AppointmentFixture.bookedAppointment(COURSE, start, now), now, policy, quiet);
            });
  }

  private Arbitrary<Instant> starts() {
    Arbitrary<Instant> any =
        Arbitraries.longs()
            .between(FIRST.getEpochSecond(), LAST.getEpochSecond())
            .map(Instant::ofEpochSecond);
    Arbitrary<Instant> nearAChange =
        Combinators.combine(
                Arbitraries.of(CHANGES), Arbitraries.longs().between(-3 * 86_400, 3 * 86_400))
            .as(Instant::plusSeconds);
    return Arbitraries.oneOf(any, nearAChange);
  }

  private Arbitrary<Duration> leads() {
    return Arbitraries.longs().between(1, 35L * 86_400).map(Duration::ofSeconds);
  }

  private Arbitrary<ReminderPolicy> policies() {
    Arbitrary<Duration> usual =
        Arbitraries.of(
            Duration.ofHours(72),
            Duration.ofHours(24),
            Duration.ofHours(2),
            Duration.ofMinutes(45));
    Arbitrary<Duration> anyMinutes =
        Arbitraries.longs().between(1, 30L * 24 * 60).map(Duration::ofMinutes);
    Arbitrary<Duration> anySeconds =
        Arbitraries.longs().between(60, 30L * 86_400).map(Duration::ofSeconds);
    Arbitrary<List<Duration>> offsets =
        Arbitraries.oneOf(usual, anyMinutes, anySeconds)
            .set()
            .ofMinSize(1)
            .ofMaxSize(ReminderPolicy.MAX_OFFSETS)
            .map(List::copyOf);
    return Combinators.combine(offsets, Arbitraries.of(false, false, false, true))
        .as(ReminderPolicy::new);
  }

  private static long lengthInMinutes(LocalTime from, LocalTime to) {
    long minutes = java.time.Duration.between(from, to).toMinutes();
    return minutes > 0 ? minutes : minutes + 24 * 60;
  }

  private Arbitrary<QuietHours> quietHours() {
    Arbitrary<LocalTime> anyMinute =
        Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
    Arbitrary<LocalTime> inTheChangingHour =
        Arbitraries.integers().between(0, 59).map(m -> LocalTime.of(2, m));
    Arbitrary<QuietHours> custom =
        Combinators.combine(Arbitraries.oneOf(anyMinute, inTheChangingHour), anyMinute)
            .filter((from, to) -> !from.equals(to) && lengthInMinutes(from, to) <= 12 * 60)
            .as(QuietHours::new);
    return Arbitraries.oneOf(Arbitraries.just(QuietHours.DEFAULT), custom);
  }

  @Property
  void everyDueTimeIsAfterNowAndBeforeTheStart(@ForAll("situations") Situation s) {
    assertThat(s.plan())
        .allSatisfy(
            r -> {
              assertThat(r.dueAt()).isAfter(s.now()).isBefore(s.start());
              assertThat(r.appointmentStart()).isEqualTo(s.start());
            });
  }

  @Property
  void noDueTimeIsLaterThanTheStartMinusItsOffset_unlessTheMarginBeforeQuietHoursHadPassed(
      @ForAll("situations") Situation s) {
    assertThat(s.plan())
        .allSatisfy(
            r -> {
              assertThat(s.policy().offsets()).contains(r.offset());
              Instant exact = s.start().minus(r.offset());
              if (r.dueAt().isAfter(exact)) {
                // only a non-critical reminder in quiet hours whose earlier moment had passed
                // when it was planned goes out later: when those quiet hours end
                assertThat(s.policy().critical()).isFalse();
                assertThat(s.quiet().contains(exact, CPH)).isTrue();
                assertThat(
                        s.quiet()
                            .startOfPeriod(exact, CPH)
                            .minus(ReminderPlanner.QUIET_MARGIN)
                            .isAfter(s.now()))
                    .isFalse();
                assertThat(r.dueAt()).isEqualTo(s.quiet().endOfPeriod(exact, CPH));
              }
            });
  }

  @Property
  void nonCritical_aDueTimeMovedOutOfQuietHoursIsAQuarterBeforeThemOrWhenTheyEnd(
      @ForAll("situations") Situation s) {
    if (s.policy().critical()) {
      return;
    }
    Set<Instant> planned = s.plan().stream().map(Reminder::dueAt).collect(Collectors.toSet());
    for (Duration offset : s.policy().offsets()) {
      Instant exact = s.start().minus(offset);
      if (!s.quiet().contains(exact, CPH)) {
        continue;
      }
      Instant before = s.quiet().startOfPeriod(exact, CPH).minus(ReminderPlanner.QUIET_MARGIN);
      Instant after = s.quiet().endOfPeriod(exact, CPH);
      Instant expected = before.isAfter(s.now()) ? before : after;
      if (expected.isAfter(s.now()) && expected.isBefore(s.start())) {
        assertThat(planned).contains(expected);
      }
    }
  }

  @Property
  void nonCritical_noDueTimeIsInsideQuietHours(@ForAll("situations") Situation s) {
    if (s.policy().critical()) {
      return;
    }
    // a reminder may go out at the very moment quiet hours begin, never after it
    assertThat(s.plan())
        .allSatisfy(
            r ->
                assertThat(
                        !s.quiet().contains(r.dueAt(), CPH)
                            || !s.quiet().contains(r.dueAt().minusSeconds(1), CPH))
                    .as("%s is inside %s", r.dueAt().atZone(CPH), s.quiet())
                    .isTrue());
  }

  @Property
  void aDueTimeOutsideQuietHoursIsNeitherMovedNorDropped(@ForAll("situations") Situation s) {
    Set<Instant> planned = s.plan().stream().map(Reminder::dueAt).collect(Collectors.toSet());
    for (Duration offset : s.policy().offsets()) {
      Instant due = s.start().minus(offset);
      if (due.isAfter(s.now()) && (s.policy().critical() || !s.quiet().contains(due, CPH))) {
        assertThat(planned).contains(due);
      }
    }
  }

  @Property
  void critical_plansExactlyTheOffsetsStillAhead(@ForAll("situations") Situation s) {
    if (!s.policy().critical()) {
      return;
    }
    List<Instant> expected =
        s.policy().offsets().stream()
            .map(s.start()::minus)
            .filter(due -> due.isAfter(s.now()))
            .sorted()
            .toList();

    assertThat(s.plan()).extracting(Reminder::dueAt).containsExactlyElementsOf(expected);
  }

  @Property
  void dueTimesAreDistinctAndEarliestFirst(@ForAll("situations") Situation s) {
    List<Instant> dueTimes = s.plan().stream().map(Reminder::dueAt).toList();

    assertThat(dueTimes).doesNotHaveDuplicates().isSorted();
    assertThat(dueTimes.size()).isLessThanOrEqualTo(s.policy().offsets().size());
  }
}
