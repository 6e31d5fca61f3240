package dk.borgerdialog.testfixtures;

import dk.borgerdialog.access.AccessControl;
import dk.borgerdialog.access.AccessPolicy;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.DomainEvent;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.insight.application.ViewingInsights;
import dk.borgerdialog.notification.model.NotificationChannel;
import dk.borgerdialog.notification.model.NotificationChannels;
import dk.borgerdialog.organisation.application.SettingUp;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.application.BookingAppointments;
import dk.borgerdialog.plan.application.CancelingAppointments;
import dk.borgerdialog.plan.application.ManagingCourses;
import dk.borgerdialog.plan.application.ManagingFreeSlots;
import dk.borgerdialog.plan.application.MovingAppointments;
import dk.borgerdialog.plan.application.PlanUseCases;
import dk.borgerdialog.plan.application.PublishFreeSlotCommand;
import dk.borgerdialog.plan.application.RecordingAttendance;
import dk.borgerdialog.plan.application.StatingPreferences;
import dk.borgerdialog.plan.application.ViewingOverview;
import dk.borgerdialog.plan.application.WritingPlanItems;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.PlanItem;
import dk.borgerdialog.plan.model.PlanItemId;
import dk.borgerdialog.plan.model.PlanItemKind;
import dk.borgerdialog.plan.model.Preference;
import dk.borgerdialog.reminder.application.DispatchingReminders;
import dk.borgerdialog.reminder.application.ReminderPlanning;
import dk.borgerdialog.reminder.application.RemindingRelatives;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Core wired on in-memory fakes, seeded with the people of SCENARIOS.md: everything a use-case test
 * needs in one object.
 *
 * <p>Jonas Berg has a treatment course in Copenhagen, whose unit lets citizens change appointments
 * until 12 hours before, and a housing-support course in another unit. Karen Holm has home care
 * from the home-care group Nord in Frederiksberg (the default 24-hour deadline) and a
 * rehabilitation course with the goals "walk to the baker by myself" and "fewer falls".
 *
 * <p>The seed is written straight into the fakes, so that the outbox and the audit log start empty.
 * The clock stands at {@link #START} until a test moves it.
 */
public final class InMemoryPlanWorld {
  /** The zone of every scenario person. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  /** Where the clock starts: Monday 5 January 2026, 10:00 in Copenhagen. */
  public static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 10, 0);

  /** Jonas's treatment unit lets him change appointments until 12 hours before. */
  public static final Duration TREATMENT_DEADLINE = Duration.ofHours(12);

  private final SettableClock clock = SettableClock.at(START.atZone(ZONE).toInstant(), ZONE);
  private final InMemoryReminders reminders = new InMemoryReminders();
  private final InMemoryReminderPolicies reminderPolicies = new InMemoryReminderPolicies();
  private final InMemoryContactPreferences contactPreferences = new InMemoryContactPreferences();
  private final RecordingReminderScheduler scheduler = new RecordingReminderScheduler();
  private final InMemoryInAppNotifications inApp = new InMemoryInAppNotifications();
  private final InMemoryDeliveryAttempts deliveryAttempts = new InMemoryDeliveryAttempts();
  private final FixedReminderTexts reminderTexts = new FixedReminderTexts();
  private final InMemoryAppointments appointments = new InMemoryAppointments();
  private final InMemoryCitizens citizens = new InMemoryCitizens();
  private final InMemoryOrganisations organisations = new InMemoryOrganisations();
  private final InMemoryStaffMembers staff = new InMemoryStaffMembers();
  private final InMemoryCourses courses = new InMemoryCourses();
  private final InMemoryCourseTemplates templates = new InMemoryCourseTemplates();
  private final InMemoryPlanItems planItems = new InMemoryPlanItems();
  private final InMemoryPreferences preferences = new InMemoryPreferences();
  private final InMemoryFreeSlots freeSlots = new InMemoryFreeSlots();
  private final InMemoryDomainEvents events = new InMemoryDomainEvents();
  private final InMemoryAuditLog audit = new InMemoryAuditLog();
  private final DirectTransactions transactions = new DirectTransactions();
  private final InMemoryOverviews overviews =
      new InMemoryOverviews(
          citizens,
          courses,
          templates,
          organisations,
          staff,
          appointments,
          planItems,
          preferences,
          inApp);
  private final InMemoryRelatives relatives = new InMemoryRelatives();
  private final InMemoryRelativeGrants grants = new InMemoryRelativeGrants();
  private final InMemoryRelativeReminders relativeReminders = new InMemoryRelativeReminders();
  private final AccessControl access =
      new AccessControl(AccessPolicy.standard(), staff, grants, audit, transactions, clock);
  private final PlanUseCases useCases =
      PlanUseCases.wire(
          new PlanUseCases.Ports(
              appointments,
              courses,
              templates,
              organisations,
              citizens,
              staff,
              freeSlots,
              planItems,
              preferences,
              overviews,
              events,
              transactions,
              clock,
              new ReminderPlanning(
                  reminders,
                  reminderPolicies,
                  contactPreferences,
                  scheduler,
                  relativeReminders,
                  clock),
              inApp),
          access);
  private final InMemoryInsights insights = new InMemoryInsights(appointments, reminders);
  private final ViewingInsights viewingInsights =
      new ViewingInsights(insights, access, transactions, clock);
  private final SettingUp settingUp =
      new SettingUp(organisations, staff, citizens, templates, access, transactions, ZONE, clock);

  private final Copenhagen copenhagen;
  private final Frederiksberg frederiksberg;

  private InMemoryPlanWorld() {
    this.copenhagen = seedCopenhagen();
    this.frederiksberg = seedFrederiksberg();
  }

  /**
   * A new world with the scenario people, the clock at {@link #START}.
   *
   * @return the world
   */
  public static InMemoryPlanWorld create() {
    return new InMemoryPlanWorld();
  }

  /**
   * Jonas Berg's side of the world.
   *
   * @param municipality Københavns Kommune
   * @param centre the citizen centre
   * @param treatment the treatment unit (public name "Borgercenter Nord"), 12-hour deadline
   * @param housing the housing team, default rules
   * @param caseworker Jonas's caseworker, in the treatment unit
   * @param housingAdvisor the housing advisor, in the housing team only
   * @param jonas Jonas Berg
   * @param treatmentCourse his course in the treatment unit
   * @param housingCourse his course in the housing team
   */
  public record Copenhagen(
      Municipality municipality,
      Centre centre,
      Unit treatment,
      Unit housing,
      StaffMember caseworker,
      StaffMember housingAdvisor,
      Citizen jonas,
      Course treatmentCourse,
      Course housingCourse) {}

  /**
   * Karen Holm's side of the world.
   *
   * @param municipality Frederiksberg Kommune
   * @param centre Sundhed og Omsorg
   * @param homeCareNord the home-care group Nord, default rules (24 hours)
   * @param rehabilitation the rehabilitation team
   * @param homeCareWorker a home-care worker of group Nord
   * @param therapist a therapist of the rehabilitation team
   * @param karen Karen Holm
   * @param homeCareCourse her home-care course
   * @param rehabilitationCourse her rehabilitation course, with two goals
   */
  public record Frederiksberg(
      Municipality municipality,
      Centre centre,
      Unit homeCareNord,
      Unit rehabilitation,
      StaffMember homeCareWorker,
      StaffMember therapist,
      Citizen karen,
      Course homeCareCourse,
      Course rehabilitationCourse) {}

  // ---- the people and places

  /**
   * Jonas Berg's side.
   *
   * @return the Copenhagen seed
   */
  public Copenhagen copenhagen() {
    return copenhagen;
  }

  /**
   * Karen Holm's side.
   *
   * @return the Frederiksberg seed
   */
  public Frederiksberg frederiksberg() {
    return frederiksberg;
  }

  /**
   * Jonas, signed in with MitID substantial.
   *
   * @return the actor
   */
  public Actor asJonas() {
    return Actor.citizen(copenhagen.jonas().id(), AssuranceLevel.SUBSTANTIAL);
  }

  /**
   * Karen, signed in with MitID substantial.
   *
   * @return the actor
   */
  public Actor asKaren() {
    return Actor.citizen(frederiksberg.karen().id(), AssuranceLevel.SUBSTANTIAL);
  }

  /**
   * Jonas's caseworker in the treatment unit.
   *
   * @return the actor
   */
  public Actor asCaseworker() {
    return Actor.staff(copenhagen.caseworker().id(), AssuranceLevel.SUBSTANTIAL);
  }

  /**
   * The housing advisor, of the housing team only.
   *
   * @return the actor
   */
  public Actor asHousingAdvisor() {
    return Actor.staff(copenhagen.housingAdvisor().id(), AssuranceLevel.SUBSTANTIAL);
  }

  /**
   * A home-care worker of group Nord.
   *
   * @return the actor
   */
  public Actor asHomeCareWorker() {
    return Actor.staff(frederiksberg.homeCareWorker().id(), AssuranceLevel.SUBSTANTIAL);
  }

  /**
   * The host system.
   *
   * @return the actor
   */
  public Actor asSystem() {
    return Actor.system("test-host");
  }

  // ---- time

  /**
   * Viewing a unit's insights and unmarked appointments.
   *
   * @return the use cases
   */
  public ViewingInsights viewingInsights() {
    return viewingInsights;
  }

  /**
   * The insights fake, computed from the in-memory appointments and reminders.
   *
   * @return the fake
   */
  public InMemoryInsights insights() {
    return insights;
  }

  /**
   * The reminders.
   *
   * @return the fake
   */
  public InMemoryReminders reminders() {
    return reminders;
  }

  /**
   * The units' reminder policies.
   *
   * @return the fake
   */
  public InMemoryReminderPolicies reminderPolicies() {
    return reminderPolicies;
  }

  /**
   * The citizens' contact preferences.
   *
   * @return the fake
   */
  public InMemoryContactPreferences contactPreferences() {
    return contactPreferences;
  }

  /**
   * The citizens' in-app notifications.
   *
   * @return the fake
   */
  public InMemoryInAppNotifications inApp() {
    return inApp;
  }

  /**
   * What the reminder scheduler holds.
   *
   * @return the fake
   */
  public RecordingReminderScheduler reminderScheduler() {
    return scheduler;
  }

  /**
   * The delivery log.
   *
   * @return the fake
   */
  public InMemoryDeliveryAttempts deliveryAttempts() {
    return deliveryAttempts;
  }

  /**
   * The texts the dispatcher renders, and what it asked for.
   *
   * @return the fake
   */
  public FixedReminderTexts reminderTexts() {
    return reminderTexts;
  }

  /**
   * A dispatcher over this world's fakes, with the channels a host configured.
   *
   * @param channels the configured channels, at most one per kind
   * @return the dispatcher
   */
  public DispatchingReminders dispatchingReminders(NotificationChannel... channels) {
    return new DispatchingReminders(
        reminders,
        deliveryAttempts,
        appointments,
        new InMemoryDueReminders(
            reminders, deliveryAttempts, appointments, citizens, contactPreferences, grants),
        organisations,
        reminderPolicies,
        reminderTexts,
        NotificationChannels.of(List.of(channels)),
        events,
        transactions,
        clock,
        remindingRelatives(channels));
  }

  /**
   * The service that plans and delivers relatives' copies of reminders over this world's fakes.
   *
   * @param channels the configured channels, at most one per kind
   * @return the service
   */
  public RemindingRelatives remindingRelatives(NotificationChannel... channels) {
    return new RemindingRelatives(
        relativeReminders,
        relativeReminders,
        grants,
        relatives,
        reminders,
        appointments,
        citizens,
        organisations,
        reminderPolicies,
        reminderTexts,
        NotificationChannels.of(List.of(channels)),
        transactions,
        clock);
  }

  /**
   * The relatives' copies of reminders, and what was scheduled for them.
   *
   * @return the fake
   */
  public InMemoryRelativeReminders relativeReminders() {
    return relativeReminders;
  }

  /**
   * The relatives.
   *
   * @return the fake
   */
  public InMemoryRelatives relatives() {
    return relatives;
  }

  /**
   * The grants of relatives.
   *
   * @return the fake
   */
  public InMemoryRelativeGrants grants() {
    return grants;
  }

  /**
   * The clock every use case reads.
   *
   * @return the clock
   */
  public SettableClock clock() {
    return clock;
  }

  /**
   * The current instant.
   *
   * @return the clock's instant
   */
  public Instant now() {
    return clock.instant();
  }

  /**
   * An instant from a local time in Copenhagen.
   *
   * @param local the local date and time
   * @return the instant
   */
  public static Instant local(LocalDateTime local) {
    return local.atZone(ZONE).toInstant();
  }

  /**
   * An instant from a local time in Copenhagen, as text.
   *
   * @param isoLocal such as {@code "2026-01-12T09:00"}
   * @return the instant
   */
  public static Instant local(String isoLocal) {
    return local(LocalDateTime.parse(isoLocal));
  }

  /**
   * A citizen with a course, as another person than the scenario's.
   *
   * @param citizen the citizen
   * @param course the course
   */
  public record CitizenInCourse(Citizen citizen, Course course) {
    /**
     * The citizen, signed in with MitID substantial.
     *
     * @return the actor
     */
    public Actor actor() {
      return Actor.citizen(citizen.id(), AssuranceLevel.SUBSTANTIAL);
    }
  }

  /**
   * Registers another Copenhagen citizen with an active course in Jonas's treatment unit.
   *
   * @param name the citizen's name
   * @return the citizen and the course
   */
  public CitizenInCourse anotherCitizenInTreatment(String name) {
    Citizen citizen = CitizenFixture.citizenOf(copenhagen.municipality().id(), name);
    citizens.add(citizen);
    Course course =
        CourseFixture.activeCourse(
            citizen.id(),
            copenhagen.treatment().id(),
            copenhagen.treatmentCourse().template(),
            clock.instant());
    courses.add(course);
    return new CitizenInCourse(citizen, course);
  }

  // ---- shortcuts through the use cases

  /**
   * The caseworker books Jonas a one-hour conversation at the centre in his treatment course.
   *
   * @param start the local start in Copenhagen, such as {@code "2026-01-12T09:00"}
   * @return the booked appointment
   */
  public Appointment bookForJonas(String start) {
    return bookInTreatment(copenhagen.treatmentCourse(), start);
  }

  /**
   * The caseworker books a one-hour conversation at the centre in a course of the treatment unit.
   *
   * @param course a course in the treatment unit
   * @param start the local start in Copenhagen, such as {@code "2026-01-12T09:00"}
   * @return the booked appointment
   */
  public Appointment bookInTreatment(Course course, String start) {
    Instant at = local(start);
    return bookingAppointments()
        .book(
            asCaseworker(),
            BookAppointmentCommand.at(
                course.id(),
                AppointmentFixture.CONVERSATION,
                at,
                at.plus(AppointmentFixture.ONE_HOUR),
                AppointmentFixture.AT_THE_CENTRE,
                List.of(copenhagen.caseworker().id())));
  }

  /**
   * A home-care worker books Karen a one-hour home visit in her home-care course.
   *
   * @param start the local start, such as {@code "2026-01-12T09:00"}
   * @return the booked appointment
   */
  public Appointment bookForKaren(String start) {
    Instant at = local(start);
    return bookingAppointments()
        .book(
            asHomeCareWorker(),
            BookAppointmentCommand.at(
                frederiksberg.homeCareCourse().id(),
                AppointmentFixture.HOME_VISIT,
                at,
                at.plus(AppointmentFixture.ONE_HOUR),
                AppointmentFixture.AT_THE_CENTRE,
                List.of(frederiksberg.homeCareWorker().id())));
  }

  /**
   * The caseworker offers a one-hour conversation slot in the treatment unit.
   *
   * @param start the local start
   * @return the open slot
   */
  public FreeSlot offerTreatmentSlot(String start) {
    Instant at = local(start);
    return managingFreeSlots()
        .publish(
            asCaseworker(),
            new PublishFreeSlotCommand(
                copenhagen.treatment().id(),
                AppointmentFixture.CONVERSATION,
                copenhagen.caseworker().id(),
                at,
                at.plus(AppointmentFixture.ONE_HOUR),
                AppointmentFixture.AT_THE_CENTRE));
  }

  /**
   * The stored appointment, as it is now.
   *
   * @param appointment an appointment read earlier
   * @return its current state
   */
  public Appointment reload(Appointment appointment) {
    return appointments.byId(appointment.id()).orElseThrow();
  }

  /**
   * The stored slot, as it is now.
   *
   * @param slot a slot read earlier
   * @return its current state
   */
  public FreeSlot reload(FreeSlot slot) {
    return freeSlots.byId(slot.id()).orElseThrow();
  }

  // ---- use cases

  /**
   * @return booking appointments
   */
  public BookingAppointments bookingAppointments() {
    return useCases.booking();
  }

  /**
   * @return moving appointments
   */
  public MovingAppointments movingAppointments() {
    return useCases.moving();
  }

  /**
   * @return cancelling appointments
   */
  public CancelingAppointments cancelingAppointments() {
    return useCases.canceling();
  }

  /**
   * @return recording attendance
   */
  public RecordingAttendance recordingAttendance() {
    return useCases.attendance();
  }

  /**
   * @return writing plan items
   */
  public WritingPlanItems writingPlanItems() {
    return useCases.planItems();
  }

  /**
   * @return stating preferences
   */
  public StatingPreferences statingPreferences() {
    return useCases.preferences();
  }

  /**
   * @return managing free slots
   */
  public ManagingFreeSlots managingFreeSlots() {
    return useCases.freeSlots();
  }

  /**
   * @return viewing the overview
   */
  public ViewingOverview viewingOverview() {
    return useCases.overview();
  }

  /**
   * @return managing courses
   */
  public ManagingCourses managingCourses() {
    return useCases.courses();
  }

  /**
   * @return setting up the organisation
   */
  public SettingUp settingUp() {
    return settingUp;
  }

  /**
   * @return the access control
   */
  public AccessControl accessControl() {
    return access;
  }

  // ---- fakes

  /**
   * @return the appointments
   */
  public InMemoryAppointments appointments() {
    return appointments;
  }

  /**
   * @return the citizens
   */
  public InMemoryCitizens citizens() {
    return citizens;
  }

  /**
   * @return the organisations
   */
  public InMemoryOrganisations organisations() {
    return organisations;
  }

  /**
   * @return the staff directory
   */
  public InMemoryStaffMembers staff() {
    return staff;
  }

  /**
   * @return the courses
   */
  public InMemoryCourses courses() {
    return courses;
  }

  /**
   * @return the course templates
   */
  public InMemoryCourseTemplates templates() {
    return templates;
  }

  /**
   * @return the plan items
   */
  public InMemoryPlanItems planItems() {
    return planItems;
  }

  /**
   * @return the preferences
   */
  public InMemoryPreferences preferences() {
    return preferences;
  }

  /**
   * @return the free slots
   */
  public InMemoryFreeSlots freeSlots() {
    return freeSlots;
  }

  /**
   * @return the outbox
   */
  public InMemoryDomainEvents events() {
    return events;
  }

  /**
   * @return the audit log
   */
  public InMemoryAuditLog audit() {
    return audit;
  }

  /**
   * @return the transactions
   */
  public DirectTransactions transactions() {
    return transactions;
  }

  /**
   * @return the overview read path
   */
  public InMemoryOverviews overviews() {
    return overviews;
  }

  // ---- seed

  private Instant seededAt() {
    return clock.instant().minus(Duration.ofDays(30));
  }

  private Copenhagen seedCopenhagen() {
    Municipality municipality = OrganisationFixture.municipality("Københavns Kommune");
    organisations.add(municipality);
    Centre centre = OrganisationFixture.centreOf(municipality, "Borgercenter Voksne");
    organisations.add(centre);
    Unit treatment =
        OrganisationFixture.unitOf(
            centre,
            "Ambulant misbrugsbehandling",
            "Borgercenter Nord",
            OrganisationFixture.deadlineOfHours(TREATMENT_DEADLINE.toHours()));
    Unit housing =
        OrganisationFixture.unitOf(
            centre, "Bostøtteteamet", "Borgercenter Voksne", BookingRules.defaults());
    organisations.add(treatment);
    organisations.add(housing);
    StaffMember caseworker =
        OrganisationFixture.staffMemberOf(
            treatment, StaffRole.CASEWORKER, "Mette Jensen", "Sagsbehandler");
    StaffMember housingAdvisor =
        OrganisationFixture.staffMemberOf(
            housing, StaffRole.HOUSING_ADVISOR, "Ali Hassan", "Boligrådgiver");
    staff.add(caseworker);
    staff.add(housingAdvisor);
    CourseTemplate treatmentTemplate =
        CourseFixture.template(municipality.id(), "Samtaleforløb", CourseKind.TREATMENT);
    CourseTemplate housingTemplate =
        CourseFixture.template(municipality.id(), "Bostøtte", CourseKind.HOUSING_SUPPORT);
    templates.add(treatmentTemplate);
    templates.add(housingTemplate);
    Citizen jonas = CitizenFixture.jonasBerg(municipality.id());
    citizens.add(jonas);
    Course treatmentCourse =
        CourseFixture.activeCourse(jonas.id(), treatment.id(), treatmentTemplate.id(), seededAt());
    Course housingCourse =
        CourseFixture.activeCourse(
            jonas.id(), housing.id(), housingTemplate.id(), seededAt().plusSeconds(60));
    courses.add(treatmentCourse);
    courses.add(housingCourse);
    return new Copenhagen(
        municipality,
        centre,
        treatment,
        housing,
        caseworker,
        housingAdvisor,
        jonas,
        treatmentCourse,
        housingCourse);
  }

  private Frederiksberg seedFrederiksberg() {
    Municipality municipality = OrganisationFixture.municipality("Frederiksberg Kommune");
    organisations.add(municipality);
    Centre centre = OrganisationFixture.centreOf(municipality, "Sundhed og Omsorg");
    organisations.add(centre);
    Unit homeCareNord =
        OrganisationFixture.unitOf(
            centre, "Hjemmeplejen, gruppe Nord", "Hjemmeplejen Nord", BookingRules.defaults());
    Unit rehabilitation =
        OrganisationFixture.unitOf(
            centre, "Genoptræningsteamet", "Sundhed og Omsorg", BookingRules.defaults());
    organisations.add(homeCareNord);
    organisations.add(rehabilitation);
    StaffMember homeCareWorker =
        OrganisationFixture.staffMemberOf(
            homeCareNord, StaffRole.HOME_CARE_WORKER, "Lone Madsen", "Social- og sundhedshjælper");
    StaffMember therapist =
        OrganisationFixture.staffMemberOf(
            rehabilitation, StaffRole.THERAPIST, "Peter Nielsen", "Fysioterapeut");
    staff.add(homeCareWorker);
    staff.add(therapist);
    CourseTemplate homeCare =
        CourseFixture.template(municipality.id(), "Hjemmepleje", CourseKind.HOME_CARE);
    CourseTemplate rehab =
        CourseFixture.template(municipality.id(), "Genoptræning", CourseKind.REHABILITATION);
    templates.add(homeCare);
    templates.add(rehab);
    Citizen karen = CitizenFixture.karenHolm(municipality.id());
    citizens.add(karen);
    Course homeCareCourse =
        CourseFixture.activeCourse(karen.id(), homeCareNord.id(), homeCare.id(), seededAt());
    Course rehabilitationCourse =
        CourseFixture.activeCourse(
            karen.id(), rehabilitation.id(), rehab.id(), seededAt().plusSeconds(60));
    courses.add(homeCareCourse);
    courses.add(rehabilitationCourse);
    for (String goal : List.of("walk to the baker by myself", "fewer falls")) {
      planItems.add(
          new PlanItem(
              PlanItemId.random(),
              rehabilitationCourse.id(),
              PlanItemKind.GOAL,
              goal,
              therapist.id(),
              seededAt(),
              0));
    }
    return new Frederiksberg(
        municipality,
        centre,
        homeCareNord,
        rehabilitation,
        homeCareWorker,
        therapist,
        karen,
        homeCareCourse,
        rehabilitationCourse);
  }

  // ---- state, to show that a refused call changed nothing

  /**
   * Everything the use cases write, at one moment.
   *
   * @param appointments every appointment
   * @param slots every free slot
   * @param courses every course
   * @param planItems every plan item
   * @param preferences every preference
   * @param events every recorded event
   * @param audit every audit record
   */
  public record Snapshot(
      List<Appointment> appointments,
      List<FreeSlot> slots,
      List<Course> courses,
      List<PlanItem> planItems,
      List<Preference> preferences,
      List<DomainEvent> events,
      List<AuditRecord> audit) {}

  /**
   * What the use cases have written so far.
   *
   * @return the snapshot; equal snapshots mean nothing changed in between
   */
  public Snapshot snapshot() {
    return new Snapshot(
        appointments.all(),
        freeSlots.all(),
        courses.all(),
        planItems.all(),
        preferences.all(),
        events.all(),
        audit.all());
  }
}
