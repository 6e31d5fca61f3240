package dk.borgerdialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.material.application.AttachMaterialCommand;
import dk.borgerdialog.material.model.ItemProgress;
import dk.borgerdialog.material.model.ItemStatus;
import dk.borgerdialog.material.model.MaterialAttachment;
import dk.borgerdialog.material.model.MaterialItem;
import dk.borgerdialog.material.model.MaterialItemId;
import dk.borgerdialog.material.model.MaterialVariant;
import dk.borgerdialog.material.model.ReleaseRule;
import dk.borgerdialog.material.model.ReleasedItem;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.persistence.JooqPersistence;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Information material through the SDK on a real database: release rules against a settable clock
 * across the spring DST weekend, view counting and "understood", languages, sanitised text, and
 * refusal of another citizen's material.
 */
abstract class MaterialScenariosContract {
  static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  static final AppointmentType CONVERSATION = AppointmentType.of("conversation");
  static final AppointmentMode CENTRE =
      AppointmentMode.inPerson("Nørrebrogade 10, 2200 København N");
  static final URI VIDEO = URI.create("https://video.kk.dk/visvej/vejen-til-centret.mp4");
  static final URI CAPTIONS = URI.create("https://video.kk.dk/visvej/vejen-til-centret.da.vtt");

  SettableClock clock;
  Borgerdialog dialog;
  JooqPersistence store;

  Municipality kk;
  Unit treatment;
  Unit housing;
  StaffMember caseworker;
  StaffMember housingAdvisor;
  Citizen jonas;
  Citizen other;
  CourseTemplate template;
  Course jonasCourse;
  Course otherCourse;

  MaterialItem welcome;
  MaterialItem wayToCentre;
  MaterialItem firstConversation;
  MaterialItem afterFirstConversation;
  MaterialItem housingOffice;

  /** A fresh, empty database for one test. */
  abstract DataSource freshDatabase();

  @BeforeEach
  void setUp() {
    // Thursday 26 March 2026, 10:00 in Copenhagen; the clocks go forward on Sunday 29 March
    clock = SettableClock.at("2026-03-26T10:00", "Europe/Copenhagen");
    DataSource dataSource = freshDatabase();
    dialog = Borgerdialog.builder().dataSource(dataSource).clock(clock).start();
    store = JooqPersistence.create(dataSource);

    SetupOperations setup = dialog.setup();
    kk = setup.createMunicipality("Københavns Kommune");
    Centre centre = setup.createCentre(kk.id(), "Borgercenter Voksne");
    treatment =
        setup.createUnit(
            centre.id(), "Ambulant behandling", "Borgercenter Nord", BookingRules.defaults());
    housing =
        setup.createUnit(
            centre.id(), "Bostøtte Nord", "Borgercenter Nord", BookingRules.defaults());
    caseworker =
        setup.addStaffMember(
            kk.id(),
            null,
            "Mette Sørensen",
            "Sagsbehandler",
            List.of(new UnitRole(treatment.id(), StaffRole.CASEWORKER)));
    housingAdvisor =
        setup.addStaffMember(
            kk.id(),
            null,
            "Ali Hassan",
            "Boligrådgiver",
            List.of(new UnitRole(housing.id(), StaffRole.HOUSING_ADVISOR)));
    jonas = setup.registerCitizen(kk.id(), ExternalRef.of("sensum", "J-1"), null, "Jonas Berg");
    other = setup.registerCitizen(kk.id(), ExternalRef.of("sensum", "O-2"), null, "Other Citizen");
    template = setup.addCourseTemplate(kk.id(), "Samtaleforløb", CourseKind.TREATMENT, null);

    MaterialAttachment onTemplate = MaterialAttachment.template(template.id());
    welcome =
        system()
            .attach(
                AttachMaterialCommand.text(
                    onTemplate,
                    ReleaseRule.atStart(),
                    MaterialVariant.text(
                        Language.DA, "Velkommen", "Vi glæder os til at se dig. **Velkommen!**"),
                    MaterialVariant.text(
                        Language.EN, "Welcome", "We look forward to seeing you. **Welcome!**")));
    wayToCentre =
        system()
            .attach(
                AttachMaterialCommand.video(
                    onTemplate,
                    Duration.ofSeconds(154),
                    ReleaseRule.daysBefore(2, CONVERSATION),
                    MaterialVariant.video(
                        Language.DA, "Vis Vej: vejen til centret", VIDEO, CAPTIONS, null)));
    firstConversation =
        system()
            .attach(
                AttachMaterialCommand.text(
                    onTemplate,
                    ReleaseRule.daysBefore(0, CONVERSATION),
                    MaterialVariant.text(
                        Language.DA,
                        "Det sker til den første samtale",
                        "Vi taler om, hvad der er vigtigt for dig.")));
    afterFirstConversation =
        system()
            .attach(
                AttachMaterialCommand.link(
                    onTemplate,
                    ReleaseRule.afterAttended(CONVERSATION),
                    MaterialVariant.link(
                        Language.DA,
                        "Efter samtalen",
                        URI.create("https://www.kk.dk/efter-samtalen"),
                        null)));
    housingOffice =
        system()
            .attach(
                AttachMaterialCommand.video(
                    onTemplate,
                    Duration.ofMinutes(3),
                    ReleaseRule.byHand(),
                    MaterialVariant.video(
                        Language.DA,
                        "Vis Vej: mødet med boligkontoret",
                        URI.create("https://video.kk.dk/visvej/boligkontoret.mp4"),
                        null,
                        "Tag din lejekontrakt med. Du kan tage en bisidder med.")));

    jonasCourse = staff().plan().openCourse(jonas.id(), treatment.id(), template.id());
    otherCourse = staff().plan().openCourse(other.id(), treatment.id(), template.id());
  }

  @AfterEach
  void tearDown() {
    dialog.close();
  }

  Session staff() {
    return dialog.as(Actor.staff(caseworker.id(), AssuranceLevel.SUBSTANTIAL));
  }

  MaterialOperations system() {
    return dialog.as(Actor.system("host")).material();
  }

  MaterialOperations citizen(Citizen who) {
    return dialog.as(Actor.citizen(who.id(), AssuranceLevel.SUBSTANTIAL)).material();
  }

  static Instant local(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(CPH).toInstant();
  }

  Appointment conversation(Course course, String localStart) {
    Instant start = local(localStart);
    return staff()
        .plan()
        .book(
            BookAppointmentCommand.at(
                course.id(),
                CONVERSATION,
                start,
                start.plus(Duration.ofHours(1)),
                CENTRE,
                List.of(caseworker.id())));
  }

  List<String> titlesJonasSees() {
    return citizen(jonas).released(jonasCourse.id()).stream().map(ReleasedItem::title).toList();
  }

  @Test
  void release_rules_follow_the_course_in_calendar_days_across_the_dst_weekend() {
    assertThat(titlesJonasSees()).containsExactly("Velkommen");

    // Monday 30 March 09:00 summer time, the day after the clocks went forward
    Appointment monday = conversation(jonasCourse, "2026-03-30T09:00");
    assertThat(titlesJonasSees()).containsExactly("Velkommen");

    // two calendar days before: from midnight of Saturday 28 March, still winter time (UTC+1)
    clock.set(Instant.parse("2026-03-27T22:59:59Z"));
    assertThat(titlesJonasSees()).containsExactly("Velkommen");
    clock.set(Instant.parse("2026-03-27T23:00:00Z"));
    assertThat(citizen(jonas).released(jonasCourse.id()))
        .extracting(ReleasedItem::title, ReleasedItem::releasedAt)
        .containsExactly(
            tuple("Velkommen", jonasCourse.openedAt()),
            tuple("Vis Vej: vejen til centret", local("2026-03-28T00:00")));

    // the day itself: from midnight of Monday, summer time (UTC+2), not 24 hours of the old offset
    clock.set(Instant.parse("2026-03-29T21:59:59Z"));
    assertThat(titlesJonasSees()).hasSize(2);
    clock.set(Instant.parse("2026-03-29T22:00:00Z"));
    assertThat(titlesJonasSees())
        .containsExactly(
            "Velkommen", "Vis Vej: vejen til centret", "Det sker til den første samtale");

    // after the appointment is marked attended
    clock.set(local("2026-03-30T09:10"));
    assertThat(titlesJonasSees()).hasSize(3);
    staff().plan().markAttended(monday.id(), monday.version());
    assertThat(titlesJonasSees()).hasSize(4).endsWith("Efter samtalen");

    // by hand
    Instant releasedAt = staff().material().release(jonasCourse.id(), housingOffice.id());
    assertThat(releasedAt).isEqualTo(local("2026-03-30T09:10"));
    assertThat(titlesJonasSees()).hasSize(5).endsWith("Vis Vej: mødet med boligkontoret");

    // the other citizen's course has its own appointments: nothing but the welcome
    assertThat(citizen(other).released(otherCourse.id()))
        .extracting(ReleasedItem::item)
        .containsExactly(welcome.id());
  }

  @Test
  void a_cancelled_appointment_releases_nothing_and_a_moved_one_releases_by_its_new_day() {
    Appointment first = conversation(jonasCourse, "2026-04-10T09:00");
    staff()
        .plan()
        .cancel(
            new CancelAppointmentCommand(
                first.id(),
                first.version(),
                CancellationReason.of(CancellationReasonCode.UNIT_CANCELLED)));
    clock.set(local("2026-04-09T12:00"));
    assertThat(titlesJonasSees()).containsExactly("Velkommen");

    conversation(jonasCourse, "2026-04-14T09:00");
    assertThat(titlesJonasSees()).containsExactly("Velkommen");
    clock.set(local("2026-04-12T00:00"));
    assertThat(titlesJonasSees()).containsExactly("Velkommen", "Vis Vej: vejen til centret");
  }

  @Test
  void jonas_rewatches_the_vis_vej_video_and_marks_it_understood_and_staff_see_it() {
    conversation(jonasCourse, "2026-03-30T09:00");
    clock.set(local("2026-03-28T08:00"));

    ReleasedItem first = citizen(jonas).open(jonasCourse.id(), wayToCentre.id());
    clock.advance(Duration.ofHours(5));
    citizen(jonas).open(jonasCourse.id(), wayToCentre.id());
    clock.set(local("2026-03-30T07:45"));
    ReleasedItem third = citizen(jonas).open(jonasCourse.id(), wayToCentre.id());

    assertThat(first.progress().views()).isEqualTo(1);
    assertThat(first.url()).isEqualTo(VIDEO);
    assertThat(first.captions()).isEqualTo(CAPTIONS);
    assertThat(first.duration()).isEqualTo(Duration.ofSeconds(154));
    assertThat(third.progress().views()).isEqualTo(3);
    assertThat(third.progress().lastViewedAt()).isEqualTo(local("2026-03-30T07:45"));
    assertThat(third.progress().understoodAt()).isNull();

    // reading the list and staff opening the item count no view
    citizen(jonas).released(jonasCourse.id());
    staff().material().open(jonasCourse.id(), wayToCentre.id());

    clock.advance(Duration.ofMinutes(3));
    ReleasedItem understood = citizen(jonas).markUnderstood(jonasCourse.id(), wayToCentre.id());
    assertThat(understood.progress())
        .isEqualTo(
            new ItemProgress(
                jonas.id(),
                wayToCentre.id(),
                3,
                local("2026-03-30T07:45"),
                local("2026-03-30T07:48")));
    citizen(jonas).open(jonasCourse.id(), welcome.id());

    List<ItemStatus> report = staff().material().progress(jonasCourse.id());
    assertThat(report)
        .extracting(
            ItemStatus::title, ItemStatus::released, ItemStatus::seen, ItemStatus::understood)
        .containsExactly(
            tuple("Velkommen", true, true, false),
            tuple("Vis Vej: vejen til centret", true, true, true),
            // the day of the appointment has come: released, not opened
            tuple("Det sker til den første samtale", true, false, false),
            tuple("Efter samtalen", false, false, false),
            tuple("Vis Vej: mødet med boligkontoret", false, false, false));
    assertThat(report.get(1).progress().views()).isEqualTo(3);
    // the other citizen's progress is their own
    assertThat(staff().material().progress(otherCourse.id()))
        .noneMatch(ItemStatus::seen)
        .noneMatch(ItemStatus::understood);
  }

  @Test
  void all_of_a_citizens_material_at_once_and_staff_see_their_own_units_courses_only() {
    Course housingCourse =
        dialog.as(Actor.system("host")).plan().openCourse(jonas.id(), housing.id(), template.id());

    assertThat(citizen(jonas).releasedTo(jonas.id()))
        .extracting(ReleasedItem::course)
        .contains(jonasCourse.id(), housingCourse.id());
    assertThat(staff().material().releasedTo(jonas.id()))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.course()).isEqualTo(jonasCourse.id()));
    assertThat(
            dialog
                .as(Actor.staff(housingAdvisor.id(), AssuranceLevel.SUBSTANTIAL))
                .material()
                .releasedTo(jonas.id()))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.course()).isEqualTo(housingCourse.id()));
  }

  @Test
  void another_citizens_material_is_refused_and_audited_and_changes_nothing() {
    assertThatThrownBy(() -> citizen(other).released(jonasCourse.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> citizen(other).open(jonasCourse.id(), welcome.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> citizen(other).markUnderstood(jonasCourse.id(), welcome.id()))
        .isInstanceOf(AccessDeniedException.class);
    MaterialOperations otherUnit =
        dialog.as(Actor.staff(housingAdvisor.id(), AssuranceLevel.SUBSTANTIAL)).material();
    assertThatThrownBy(() -> otherUnit.progress(jonasCourse.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> otherUnit.release(jonasCourse.id(), housingOffice.id()))
        .isInstanceOf(AccessDeniedException.class);
    // a citizen at a low assurance level reads not even their own
    assertThatThrownBy(
            () ->
                dialog
                    .as(Actor.citizen(jonas.id(), AssuranceLevel.LOW))
                    .material()
                    .released(jonasCourse.id()))
        .isInstanceOf(AccessDeniedException.class);

    List<AuditRecord> refusals = store.auditLog().refusals(10);
    assertThat(refusals)
        .extracting(AuditRecord::operation)
        .containsExactlyInAnyOrder(
            Operation.VIEW_MATERIAL,
            Operation.VIEW_MATERIAL,
            Operation.MARK_MATERIAL_UNDERSTOOD,
            Operation.VIEW_MATERIAL_PROGRESS,
            Operation.MANAGE_MATERIAL,
            Operation.VIEW_MATERIAL);
    assertThat(refusals).allMatch(r -> jonas.id().equals(r.citizen()) && !r.allowed());
    assertThat(staff().material().progress(jonasCourse.id()))
        .noneMatch(ItemStatus::seen)
        .noneMatch(ItemStatus::understood)
        .filteredOn(ItemStatus::released)
        .extracting(ItemStatus::item)
        .containsExactly(welcome.id());
  }

  @Test
  void an_item_not_yet_released_is_as_if_it_did_not_exist_for_the_citizen() {
    assertThatThrownBy(() -> citizen(jonas).open(jonasCourse.id(), wayToCentre.id()))
        .isInstanceOf(NoSuchEntityException.class);
    assertThatThrownBy(() -> citizen(jonas).markUnderstood(jonasCourse.id(), housingOffice.id()))
        .isInstanceOf(NoSuchEntityException.class);
    // an item of another course, with the citizen's own course
    MaterialItem othersOwn =
        staff()
            .material()
            .attach(
                AttachMaterialCommand.text(
                    MaterialAttachment.course(otherCourse.id()),
                    ReleaseRule.atStart(),
                    MaterialVariant.text(Language.DA, "Kun til dig", "Personligt.")));
    assertThat(citizen(other).released(otherCourse.id()))
        .extracting(ReleasedItem::item)
        .containsExactly(welcome.id(), othersOwn.id());
    assertThatThrownBy(() -> citizen(jonas).open(jonasCourse.id(), othersOwn.id()))
        .isInstanceOf(NoSuchEntityException.class);
    assertThat(staff().material().progress(jonasCourse.id())).noneMatch(ItemStatus::seen);
  }

  @Test
  void the_citizen_reads_their_language_falling_back_to_danish_and_text_is_sanitised() {
    Citizen john =
        dialog
            .setup()
            .registerCitizen(
                kk.id(), ExternalRef.of("sensum", "E-3"), null, "John Smith", Language.EN, null);
    Course johnsCourse = staff().plan().openCourse(john.id(), treatment.id(), template.id());
    MaterialItem hostile =
        staff()
            .material()
            .attach(
                AttachMaterialCommand.text(
                    MaterialAttachment.course(johnsCourse.id()),
                    ReleaseRule.atStart(),
                    MaterialVariant.text(
                        Language.DA,
                        "Husk",
                        "Klik [her](javascript:alert(1)) <script>alert(2)</script>"
                            + "<img src=x onerror=alert(3)>")));
    staff().material().release(johnsCourse.id(), housingOffice.id());

    List<ReleasedItem> seen = citizen(john).released(johnsCourse.id());

    assertThat(seen)
        .extracting(ReleasedItem::title, ReleasedItem::language)
        .containsExactly(
            tuple("Welcome", Language.EN),
            tuple("Vis Vej: mødet med boligkontoret", Language.DA),
            tuple("Husk", Language.DA));
    assertThat(seen.get(0).html())
        .isEqualTo("<p>We look forward to seeing you. " + "<strong>Welcome!</strong></p>\n");
    assertThat(seen.get(1).transcript()).startsWith("Tag din lejekontrakt med.");
    assertThat(seen.get(2).item()).isEqualTo(hostile.id());
    assertThat(seen.get(2).html())
        .doesNotContain("<script")
        .doesNotContain("javascript:")
        .doesNotContain("<img")
        .doesNotContain("onerror=\"")
        .contains("&lt;script&gt;");
  }

  @Test
  void bad_material_is_refused_by_field_and_nothing_is_stored() {
    MaterialAttachment own = MaterialAttachment.course(jonasCourse.id());
    assertThatThrownBy(
            () ->
                AttachMaterialCommand.video(
                    own,
                    Duration.ofMinutes(2),
                    ReleaseRule.atStart(),
                    MaterialVariant.video(Language.DA, "Uden undertekster", VIDEO, null, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("captions"));
    assertThatThrownBy(
            () ->
                MaterialVariant.link(
                    Language.DA, "Farlig", URI.create("javascript:alert(1)"), null))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("url"));
    assertThatThrownBy(
            () ->
                AttachMaterialCommand.text(
                    own,
                    ReleaseRule.atStart(),
                    MaterialVariant.text(Language.EN, "Only English", "No Danish variant")))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("variants"));
    // staff attach to their own courses, not to a template shared by the municipality
    assertThatThrownBy(
            () ->
                staff()
                    .material()
                    .attach(
                        AttachMaterialCommand.text(
                            MaterialAttachment.template(template.id()),
                            ReleaseRule.atStart(),
                            MaterialVariant.text(Language.DA, "Ny", "Tekst"))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> staff().material().release(jonasCourse.id(), otherItem()))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("item"));

    assertThat(store.materialItems().ofCourse(jonasCourse.id(), template.id()))
        .extracting(MaterialItem::id)
        .containsExactly(
            welcome.id(),
            wayToCentre.id(),
            firstConversation.id(),
            afterFirstConversation.id(),
            housingOffice.id());
  }

  private MaterialItemId otherItem() {
    return staff()
        .material()
        .attach(
            AttachMaterialCommand.text(
                MaterialAttachment.course(otherCourse.id()),
                ReleaseRule.atStart(),
                MaterialVariant.text(Language.DA, "Andet forløb", "Tekst")))
        .id();
  }

  @Test
  void a_question_about_an_item_opens_a_thread_with_the_units_inbox_tied_to_the_course() {
    var question =
        citizen(jonas)
            .ask(jonasCourse.id(), welcome.id(), "Hvor lang tid varer den første samtale?");

    var threads =
        dialog
            .as(Actor.citizen(jonas.id(), AssuranceLevel.SUBSTANTIAL))
            .contacts()
            .threads(jonas.id(), null, 10)
            .items();
    assertThat(threads).hasSize(1);
    assertThat(threads.get(0).id()).isEqualTo(question.thread());
    assertThat(threads.get(0).subject()).isEqualTo("Spørgsmål om: Velkommen");
    assertThat(threads.get(0).course()).isEqualTo(jonasCourse.id());
    assertThat(threads.get(0).unit()).isEqualTo(treatment.id());
    assertThat(threads.get(0).addressee()).isNull();
    assertThat(staff().inbox().unread(treatment.id())).isEqualTo(1);

    // an item not released yet, and another citizen's course
    assertThatThrownBy(() -> citizen(jonas).ask(jonasCourse.id(), housingOffice.id(), "Hvad?"))
        .isInstanceOf(NoSuchEntityException.class);
    assertThatThrownBy(() -> citizen(other).ask(jonasCourse.id(), welcome.id(), "Hvad?"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            dialog
                .as(Actor.citizen(jonas.id(), AssuranceLevel.SUBSTANTIAL))
                .contacts()
                .threads(jonas.id(), null, 10)
                .items())
        .hasSize(1);
  }
}
