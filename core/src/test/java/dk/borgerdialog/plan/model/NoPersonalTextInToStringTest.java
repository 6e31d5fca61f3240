package dk.borgerdialog.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.plan.application.StatePreferenceCommand;
import dk.borgerdialog.plan.application.WritePlanItemCommand;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Free text and names never reach toString(), and so never a log line or an exception message. */
class NoPersonalTextInToStringTest {
  private static final String SECRET = "Indlagt på psykiatrisk afdeling";
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void cancellation_reason_and_everything_holding_it_hide_the_text() {
    CancellationReason reason = CancellationReason.of(CancellationReasonCode.OTHER, SECRET);
    CancelledAppointment cancelled = new CancelledAppointment(reason);

    assertThat(reason.toString()).doesNotContain(SECRET).contains("OTHER");
    assertThat(cancelled.toString()).doesNotContain(SECRET);
  }

  @Test
  void plan_items_preferences_commands_and_the_overview_hide_their_text() {
    CourseId course = CourseId.random();
    CitizenId citizen = CitizenId.random();
    PlanItem item =
        new PlanItem(
            PlanItemId.random(), course, PlanItemKind.GOAL, SECRET, StaffMemberId.random(), NOW, 0);
    Preference preference =
        new Preference(PreferenceId.random(), course, citizen, PreferenceKind.OTHER, SECRET, NOW);
    CitizenOverview overview =
        new CitizenOverview(
            citizen,
            "Karen Holm",
            Language.DA,
            ZoneId.of("Europe/Copenhagen"),
            List.of(),
            List.of(),
            java.util.List.of(),
            0);

    assertThat(
            List.of(
                item.toString(),
                preference.toString(),
                new WritePlanItemCommand(course, PlanItemKind.GOAL, SECRET).toString(),
                new StatePreferenceCommand(course, PreferenceKind.OTHER, SECRET).toString(),
                overview.toString()))
        .allSatisfy(text -> assertThat(text).doesNotContain(SECRET).doesNotContain("Karen"));
  }

  /** A record that holds a reason, as appointments, events and commands do. */
  private record CancelledAppointment(CancellationReason reason) {}
}
