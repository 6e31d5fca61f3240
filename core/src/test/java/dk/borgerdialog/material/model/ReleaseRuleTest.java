package dk.borgerdialog.material.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.AppointmentStatus;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseTemplateId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReleaseRuleTest {
  private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  private static final AppointmentType CONVERSATION = AppointmentType.of("conversation");
  private static final AppointmentType HOME_VISIT = AppointmentType.of("home_visit");
  private static final Instant OPENED = Instant.parse("2026-10-20T08:00:00Z");
  private static final Course COURSE =
      Course.open(CitizenId.random(), UnitId.random(), CourseTemplateId.random(), OPENED);

  private static Instant local(String text) {
    return LocalDateTime.parse(text).atZone(CPH).toInstant();
  }

  private static Milestone booked(AppointmentType type, String localStart) {
    return new Milestone(type, local(localStart), AppointmentStatus.BOOKED, OPENED);
  }

  @Test
  void at_start_is_the_opening_of_the_course() {
    assertThat(ReleaseRule.atStart().releasedAt(COURSE, List.of(), CPH)).contains(OPENED);
  }

  @Test
  void by_hand_is_never_decided_by_the_course() {
    assertThat(
            ReleaseRule.byHand()
                .releasedAt(COURSE, List.of(booked(CONVERSATION, "2026-10-26T09:00")), CPH))
        .isEmpty();
  }

  @Test
  void days_before_counts_calendar_days_in_the_citizens_zone_across_the_autumn_change() {
    // Monday 26 October 2026 09:00 winter time; the clocks went back on Sunday 25 October
    List<Milestone> monday = List.of(booked(CONVERSATION, "2026-10-26T09:00"));

    assertThat(ReleaseRule.daysBefore(2, CONVERSATION).releasedAt(COURSE, monday, CPH))
        .contains(Instant.parse("2026-10-23T22:00:00Z")); // Saturday 00:00 summer time
    assertThat(ReleaseRule.daysBefore(1, CONVERSATION).releasedAt(COURSE, monday, CPH))
        .contains(Instant.parse("2026-10-24T22:00:00Z")); // Sunday 00:00, still summer time
    assertThat(ReleaseRule.daysBefore(0, CONVERSATION).releasedAt(COURSE, monday, CPH))
        .contains(Instant.parse("2026-10-25T23:00:00Z")); // Monday 00:00 winter time
  }

  @Test
  void days_before_uses_the_first_standing_appointment_of_its_type() {
    List<Milestone> course =
        List.of(
            new Milestone(
                CONVERSATION, local("2026-10-22T09:00"), AppointmentStatus.CANCELLED, OPENED),
            new Milestone(CONVERSATION, local("2026-10-23T09:00"), AppointmentStatus.MOVED, OPENED),
            booked(HOME_VISIT, "2026-10-24T09:00"),
            booked(CONVERSATION, "2026-11-05T09:00"),
            booked(CONVERSATION, "2026-11-02T09:00"));

    assertThat(ReleaseRule.daysBefore(1, CONVERSATION).releasedAt(COURSE, course, CPH))
        .contains(local("2026-11-01T00:00"));
    assertThat(
            ReleaseRule.daysBefore(1, AppointmentType.of("group")).releasedAt(COURSE, course, CPH))
        .isEmpty();
  }

  @Test
  void after_attended_is_when_the_first_appointment_of_its_type_was_marked_attended() {
    Instant markedAt = local("2026-10-22T09:50");
    List<Milestone> course =
        List.of(
            new Milestone(
                HOME_VISIT, local("2026-10-21T09:00"), AppointmentStatus.ATTENDED, OPENED),
            new Milestone(
                CONVERSATION, local("2026-10-21T09:00"), AppointmentStatus.NO_SHOW, OPENED),
            new Milestone(
                CONVERSATION, local("2026-10-22T09:00"), AppointmentStatus.ATTENDED, markedAt),
            booked(CONVERSATION, "2026-10-29T09:00"));

    assertThat(ReleaseRule.afterAttended(CONVERSATION).releasedAt(COURSE, course, CPH))
        .contains(markedAt);
    assertThat(
            ReleaseRule.afterAttended(CONVERSATION)
                .releasedAt(COURSE, List.of(booked(CONVERSATION, "2026-10-29T09:00")), CPH))
        .isEmpty();
  }

  @Test
  void days_out_of_range_are_refused() {
    assertThatThrownBy(() -> ReleaseRule.daysBefore(-1, CONVERSATION))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("release.days"));
    assertThatThrownBy(() -> ReleaseRule.daysBefore(366, CONVERSATION))
        .isInstanceOf(InvalidInputException.class);
  }

  @Property(tries = 500)
  void days_before_is_always_local_midnight_that_many_calendar_days_earlier(
      @ForAll @IntRange(min = 0, max = 730) int dayOfPeriod,
      @ForAll @IntRange(min = 0, max = 23 * 60 + 59) int minuteOfDay,
      @ForAll @IntRange(min = 0, max = 30) int days) {
    ZonedDateTime start =
        LocalDate.of(2026, 1, 1)
            .plusDays(dayOfPeriod)
            .atTime(LocalTime.MIN.plus(Duration.ofMinutes(minuteOfDay)))
            .atZone(CPH);
    List<Milestone> course =
        List.of(new Milestone(CONVERSATION, start.toInstant(), AppointmentStatus.BOOKED, OPENED));

    Instant released =
        ReleaseRule.daysBefore(days, CONVERSATION).releasedAt(COURSE, course, CPH).orElseThrow();

    ZonedDateTime local = released.atZone(CPH);
    assertThat(local.toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(local.toLocalDate()).isEqualTo(start.toLocalDate().minusDays(days));
  }
}
