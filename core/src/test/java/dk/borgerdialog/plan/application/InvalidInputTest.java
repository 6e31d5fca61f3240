package dk.borgerdialog.plan.application;

import static dk.borgerdialog.testfixtures.AppointmentFixture.AT_THE_CENTRE;
import static dk.borgerdialog.testfixtures.AppointmentFixture.CONVERSATION;
import static dk.borgerdialog.testfixtures.InMemoryPlanWorld.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.plan.model.CourseState;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.PlanItemKind;
import dk.borgerdialog.plan.model.Preference;
import dk.borgerdialog.plan.model.PreferenceKind;
import dk.borgerdialog.testfixtures.InMemoryPlanWorld;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input on every field of every command and use case: an {@link InvalidInputException} that
 * names the field, and nothing changed (no write, no event, no audit record).
 */
class InvalidInputTest {

  /** A world with one booked appointment of Jonas's and one open slot, before the bad call. */
  static final class Given {
    final InMemoryPlanWorld world = InMemoryPlanWorld.create();
    final InMemoryPlanWorld.Copenhagen cph = world.copenhagen();
    final Appointment appointment = world.bookForJonas("2026-01-12T09:00");
    final FreeSlot slot = world.offerTreatmentSlot("2026-01-14T13:00");
    final PlanItem item =
        world
            .writingPlanItems()
            .write(
                world.asCaseworker(),
                new WritePlanItemCommand(
                    cph.treatmentCourse().id(), PlanItemKind.GOAL, "Møde op hver uge"));
    final CourseId course = cph.treatmentCourse().id();
    final Instant start = local("2026-01-13T09:00");
    final Instant end = local("2026-01-13T10:00");
  }

  private record Case(String name, String field, Consumer<Given> call) {
    @Override
    public String toString() {
      return name + " → " + field;
    }
  }

  private static Case bad(String name, String field, Consumer<Given> call) {
    return new Case(name, field, call);
  }

  static Stream<Arguments> cases() {
    List<Case> cases = new ArrayList<>();
    // booking
    cases.addAll(
        List.of(
            bad(
                "book: no command",
                "command",
                g -> g.world.bookingAppointments().book(g.world.asCaseworker(), null)),
            bad(
                "book: no course",
                "course",
                g ->
                    BookAppointmentCommand.at(
                        null, CONVERSATION, g.start, g.end, AT_THE_CENTRE, List.of())),
            bad(
                "book: no type",
                "type",
                g ->
                    BookAppointmentCommand.at(
                        g.course, null, g.start, g.end, AT_THE_CENTRE, List.of())),
            bad("book: bad type", "type", g -> AppointmentType.of("Samtale!")),
            bad(
                "book: no start",
                "start",
                g ->
                    BookAppointmentCommand.at(
                        g.course, CONVERSATION, null, g.end, AT_THE_CENTRE, List.of())),
            bad(
                "book: no end",
                "end",
                g ->
                    BookAppointmentCommand.at(
                        g.course, CONVERSATION, g.start, null, AT_THE_CENTRE, List.of())),
            bad(
                "book: end before start",
                "end",
                g ->
                    BookAppointmentCommand.at(
                        g.course, CONVERSATION, g.end, g.start, AT_THE_CENTRE, List.of())),
            bad(
                "book: longer than a day",
                "end",
                g ->
                    BookAppointmentCommand.at(
                        g.course,
                        CONVERSATION,
                        g.start,
                        g.start.plusSeconds(86_401),
                        AT_THE_CENTRE,
                        List.of())),
            bad(
                "book: no mode",
                "mode",
                g ->
                    BookAppointmentCommand.at(
                        g.course, CONVERSATION, g.start, g.end, null, List.of())),
            bad("book: blank address", "mode.address", g -> AppointmentMode.inPerson(" ")),
            bad(
                "book: http video link",
                "mode.link",
                g -> AppointmentMode.video("http://video.example/room")),
            bad(
                "book: video link without host",
                "mode.link",
                g -> AppointmentMode.video("https:///room")),
            bad(
                "book: video link that is no URL",
                "mode.link",
                g -> AppointmentMode.video("https://exa mple/")),
            bad(
                "book: no participants",
                "participants",
                g ->
                    BookAppointmentCommand.at(
                        g.course, CONVERSATION, g.start, g.end, AT_THE_CENTRE, null)),
            bad(
                "book: a missing participant",
                "participants",
                g ->
                    BookAppointmentCommand.at(
                        g.course,
                        CONVERSATION,
                        g.start,
                        g.end,
                        AT_THE_CENTRE,
                        Arrays.asList(g.cph.caseworker().id(), null))),
            bad(
                "book: participant of another unit",
                "participants",
                g ->
                    g.world
                        .bookingAppointments()
                        .book(
                            g.world.asCaseworker(),
                            BookAppointmentCommand.at(
                                g.course,
                                CONVERSATION,
                                g.start,
                                g.end,
                                AT_THE_CENTRE,
                                List.of(g.cph.housingAdvisor().id())))),
            bad(
                "book: too many participants",
                "participants",
                g ->
                    g.world
                        .bookingAppointments()
                        .book(
                            g.world.asSystem(),
                            BookAppointmentCommand.at(
                                g.course,
                                CONVERSATION,
                                g.start,
                                g.end,
                                AT_THE_CENTRE,
                                elevenStaff(g)))),
            bad(
                "book: start in the past",
                "start",
                g ->
                    g.world
                        .bookingAppointments()
                        .book(
                            g.world.asCaseworker(),
                            BookAppointmentCommand.at(
                                g.course,
                                CONVERSATION,
                                local("2026-01-05T09:00"),
                                local("2026-01-05T09:30"),
                                AT_THE_CENTRE,
                                List.of()))),
            bad(
                "book: slot with a start",
                "slot",
                g ->
                    new BookAppointmentCommand(
                        g.course, CONVERSATION, g.start, null, null, List.of(), g.slot.id())),
            bad(
                "book: slot with a mode",
                "slot",
                g ->
                    new BookAppointmentCommand(
                        g.course,
                        CONVERSATION,
                        null,
                        null,
                        AT_THE_CENTRE,
                        List.of(),
                        g.slot.id()))));
    // moving
    cases.addAll(
        List.of(
            bad(
                "move: no command",
                "command",
                g -> g.world.movingAppointments().move(g.world.asJonas(), null)),
            bad(
                "move: no appointment",
                "appointment",
                g -> MoveAppointmentCommand.toSlot(null, 0, g.slot.id())),
            bad(
                "move: negative version",
                "expectedVersion",
                g -> MoveAppointmentCommand.toSlot(g.appointment.id(), -1, g.slot.id())),
            bad(
                "move: no slot and no start",
                "start",
                g -> MoveAppointmentCommand.toTime(g.appointment.id(), 0, null, g.end)),
            bad(
                "move: no slot and no end",
                "end",
                g -> MoveAppointmentCommand.toTime(g.appointment.id(), 0, g.start, null)),
            bad(
                "move: end before start",
                "end",
                g -> MoveAppointmentCommand.toTime(g.appointment.id(), 0, g.end, g.start)),
            bad(
                "move: slot and start",
                "slot",
                g ->
                    new MoveAppointmentCommand(
                        g.appointment.id(), 0, g.slot.id(), g.start, null, null)),
            bad(
                "move: slot and mode",
                "slot",
                g ->
                    new MoveAppointmentCommand(
                        g.appointment.id(), 0, g.slot.id(), null, null, AppointmentMode.phone())),
            bad(
                "move: citizen without slot",
                "slot",
                g ->
                    g.world
                        .movingAppointments()
                        .move(
                            g.world.asJonas(),
                            MoveAppointmentCommand.toTime(g.appointment.id(), 0, g.start, g.end))),
            bad(
                "move: into the past",
                "start",
                g ->
                    g.world
                        .movingAppointments()
                        .move(
                            g.world.asCaseworker(),
                            MoveAppointmentCommand.toTime(
                                g.appointment.id(),
                                0,
                                local("2026-01-05T09:00"),
                                local("2026-01-05T09:30"))))));
    // cancelling
    cases.addAll(
        List.of(
            bad(
                "cancel: no command",
                "command",
                g -> g.world.cancelingAppointments().cancel(g.world.asJonas(), null)),
            bad(
                "cancel: no appointment",
                "appointment",
                g ->
                    new CancelAppointmentCommand(
                        null, 0, CancellationReason.of(CancellationReasonCode.ILLNESS))),
            bad(
                "cancel: negative version",
                "expectedVersion",
                g ->
                    new CancelAppointmentCommand(
                        g.appointment.id(),
                        -1,
                        CancellationReason.of(CancellationReasonCode.ILLNESS))),
            bad(
                "cancel: no reason",
                "reason",
                g -> new CancelAppointmentCommand(g.appointment.id(), 0, null)),
            bad("cancel: no reason code", "reason.code", g -> new CancellationReason(null, "syg")),
            bad(
                "cancel: OTHER without text",
                "reason.text",
                g -> CancellationReason.of(CancellationReasonCode.OTHER)),
            bad(
                "cancel: text too long",
                "reason.text",
                g -> CancellationReason.of(CancellationReasonCode.ILLNESS, "x".repeat(501))),
            bad(
                "cancel: text with control character",
                "reason.text",
                g -> CancellationReason.of(CancellationReasonCode.ILLNESS, "syg\u0007")),
            bad(
                "cancel: citizen says the unit cancelled",
                "reason.code",
                g ->
                    g.world
                        .cancelingAppointments()
                        .cancel(
                            g.world.asJonas(),
                            new CancelAppointmentCommand(
                                g.appointment.id(),
                                0,
                                CancellationReason.of(CancellationReasonCode.UNIT_CANCELLED))))));
    // attendance
    cases.addAll(
        List.of(
            bad(
                "attendance: no appointment",
                "appointment",
                g -> g.world.recordingAttendance().record(g.world.asCaseworker(), null, 0, true)),
            bad(
                "attendance: negative version",
                "expectedVersion",
                g ->
                    g.world
                        .recordingAttendance()
                        .record(g.world.asCaseworker(), g.appointment.id(), -1, true))));
    // plan items
    cases.addAll(
        List.of(
            bad(
                "plan item: no command",
                "command",
                g -> g.world.writingPlanItems().write(g.world.asCaseworker(), null)),
            bad(
                "plan item: no course",
                "course",
                g -> new WritePlanItemCommand(null, PlanItemKind.GOAL, "Mål")),
            bad("plan item: no kind", "kind", g -> new WritePlanItemCommand(g.course, null, "Mål")),
            bad(
                "plan item: no text",
                "text",
                g -> new WritePlanItemCommand(g.course, PlanItemKind.GOAL, null)),
            bad(
                "plan item: blank text",
                "text",
                g -> new WritePlanItemCommand(g.course, PlanItemKind.GOAL, " \n ")),
            bad(
                "plan item: text too long",
                "text",
                g ->
                    new WritePlanItemCommand(
                        g.course, PlanItemKind.GOAL, "x".repeat(PlanItem.MAX_TEXT_LENGTH + 1))),
            bad(
                "plan item: revise without item",
                "item",
                g ->
                    g.world.writingPlanItems().revise(g.world.asCaseworker(), null, 0, "Ny tekst")),
            bad(
                "plan item: revise with blank text",
                "text",
                g ->
                    g.world
                        .writingPlanItems()
                        .revise(g.world.asCaseworker(), g.item.id(), 0, "  ")),
            bad(
                "plan item: revise with negative version",
                "expectedVersion",
                g ->
                    g.world
                        .writingPlanItems()
                        .revise(g.world.asCaseworker(), g.item.id(), -1, "Ny tekst"))));
    // preferences
    cases.addAll(
        List.of(
            bad(
                "preference: no command",
                "command",
                g -> g.world.statingPreferences().state(g.world.asJonas(), null)),
            bad(
                "preference: no course",
                "course",
                g -> new StatePreferenceCommand(null, PreferenceKind.PREFERRED_TIME, "Formiddage")),
            bad(
                "preference: no kind",
                "kind",
                g -> new StatePreferenceCommand(g.course, null, "Formiddage")),
            bad(
                "preference: blank text",
                "text",
                g -> new StatePreferenceCommand(g.course, PreferenceKind.OTHER, "\t")),
            bad(
                "preference: text too long",
                "text",
                g ->
                    new StatePreferenceCommand(
                        g.course,
                        PreferenceKind.OTHER,
                        "x".repeat(Preference.MAX_TEXT_LENGTH + 1)))));
    // free slots
    cases.addAll(
        List.of(
            bad(
                "slot: no command",
                "command",
                g -> g.world.managingFreeSlots().publish(g.world.asCaseworker(), null)),
            bad(
                "slot: no unit",
                "unit",
                g ->
                    new PublishFreeSlotCommand(
                        null, CONVERSATION, null, g.start, g.end, AT_THE_CENTRE)),
            bad(
                "slot: no type",
                "type",
                g ->
                    new PublishFreeSlotCommand(
                        g.cph.treatment().id(), null, null, g.start, g.end, AT_THE_CENTRE)),
            bad(
                "slot: no start",
                "start",
                g ->
                    new PublishFreeSlotCommand(
                        g.cph.treatment().id(), CONVERSATION, null, null, g.end, AT_THE_CENTRE)),
            bad(
                "slot: end before start",
                "end",
                g ->
                    new PublishFreeSlotCommand(
                        g.cph.treatment().id(), CONVERSATION, null, g.end, g.start, AT_THE_CENTRE)),
            bad(
                "slot: no mode",
                "mode",
                g ->
                    new PublishFreeSlotCommand(
                        g.cph.treatment().id(), CONVERSATION, null, g.start, g.end, null)),
            bad(
                "slot: staff member of another unit",
                "staffMember",
                g ->
                    g.world
                        .managingFreeSlots()
                        .publish(
                            g.world.asCaseworker(),
                            new PublishFreeSlotCommand(
                                g.cph.treatment().id(),
                                CONVERSATION,
                                g.cph.housingAdvisor().id(),
                                g.start,
                                g.end,
                                AT_THE_CENTRE))),
            bad(
                "slot: in the past",
                "start",
                g ->
                    g.world
                        .managingFreeSlots()
                        .publish(
                            g.world.asCaseworker(),
                            new PublishFreeSlotCommand(
                                g.cph.treatment().id(),
                                CONVERSATION,
                                null,
                                local("2026-01-05T09:00"),
                                local("2026-01-05T10:00"),
                                AT_THE_CENTRE))),
            bad(
                "slot: withdraw nothing",
                "slot",
                g -> g.world.managingFreeSlots().withdraw(g.world.asCaseworker(), null)),
            bad(
                "slots offered: no appointment",
                "appointment",
                g -> g.world.managingFreeSlots().offeredFor(g.world.asJonas(), null, 10)),
            bad(
                "slots offered: limit 0",
                "limit",
                g ->
                    g.world
                        .managingFreeSlots()
                        .offeredFor(g.world.asJonas(), g.appointment.id(), 0)),
            bad(
                "slots offered: limit too high",
                "limit",
                g ->
                    g.world
                        .managingFreeSlots()
                        .offeredFor(
                            g.world.asJonas(),
                            g.appointment.id(),
                            ManagingFreeSlots.MAX_SLOTS + 1)),
            bad(
                "open slots: no unit",
                "unit",
                g ->
                    g.world
                        .managingFreeSlots()
                        .open(g.world.asCaseworker(), null, CONVERSATION, 10)),
            bad(
                "open slots: no type",
                "type",
                g ->
                    g.world
                        .managingFreeSlots()
                        .open(g.world.asCaseworker(), g.cph.treatment().id(), null, 10)),
            bad(
                "open slots: limit 0",
                "limit",
                g ->
                    g.world
                        .managingFreeSlots()
                        .open(g.world.asCaseworker(), g.cph.treatment().id(), CONVERSATION, 0))));
    // courses and overview
    cases.addAll(
        List.of(
            bad(
                "course: open without citizen",
                "citizen",
                g ->
                    g.world
                        .managingCourses()
                        .open(
                            g.world.asCaseworker(),
                            null,
                            g.cph.treatment().id(),
                            g.cph.treatmentCourse().template())),
            bad(
                "course: open without unit",
                "unit",
                g ->
                    g.world
                        .managingCourses()
                        .open(
                            g.world.asCaseworker(),
                            g.cph.jonas().id(),
                            null,
                            g.cph.treatmentCourse().template())),
            bad(
                "course: open without template",
                "template",
                g ->
                    g.world
                        .managingCourses()
                        .open(
                            g.world.asCaseworker(),
                            g.cph.jonas().id(),
                            g.cph.treatment().id(),
                            null)),
            bad(
                "course: open with a template of another municipality",
                "template",
                g ->
                    g.world
                        .managingCourses()
                        .open(
                            g.world.asCaseworker(),
                            g.cph.jonas().id(),
                            g.cph.treatment().id(),
                            g.world.frederiksberg().homeCareCourse().template())),
            bad(
                "course: change without course",
                "course",
                g ->
                    g.world
                        .managingCourses()
                        .changeState(g.world.asCaseworker(), null, 0, CourseState.PAUSED)),
            bad(
                "course: change without state",
                "state",
                g ->
                    g.world
                        .managingCourses()
                        .changeState(g.world.asCaseworker(), g.course, 0, null)),
            bad(
                "course: change with negative version",
                "expectedVersion",
                g ->
                    g.world
                        .managingCourses()
                        .changeState(g.world.asCaseworker(), g.course, -1, CourseState.PAUSED)),
            bad(
                "overview: no citizen",
                "citizen",
                g -> g.world.viewingOverview().overview(g.world.asJonas(), null, 10)),
            bad(
                "overview: maxUpcoming 0",
                "maxUpcoming",
                g -> g.world.viewingOverview().overview(g.world.asJonas(), g.cph.jonas().id(), 0)),
            bad(
                "anything: no actor",
                "actor",
                g -> g.world.viewingOverview().overview(null, g.cph.jonas().id(), 10))));
    return cases.stream().map(Arguments::of);
  }

  private static List<StaffMemberId> elevenStaff(Given g) {
    List<StaffMemberId> ids = new ArrayList<>();
    for (int i = 0; i < Appointment.MAX_PARTICIPANTS + 1; i++) {
      var member = dk.borgerdialog.testfixtures.OrganisationFixture.caseworkerOf(g.cph.treatment());
      g.world.staff().add(member);
      ids.add(member.id());
    }
    return ids;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInput_isInvalidInputNamingTheField_andChangesNothing(Case bad) {
    Given given = new Given();
    InMemoryPlanWorld.Snapshot before = given.world.snapshot();

    assertThatThrownBy(() -> bad.call().accept(given))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo(bad.field());
              assertThat(e.getMessage()).startsWith(bad.field() + ": ");
            });
    assertThat(given.world.snapshot()).isEqualTo(before);
  }
}
