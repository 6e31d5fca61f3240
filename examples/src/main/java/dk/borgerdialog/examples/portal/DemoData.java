package dk.borgerdialog.examples.portal;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.ContactOperations;
import dk.borgerdialog.MaterialOperations;
import dk.borgerdialog.NetworkOperations;
import dk.borgerdialog.PlanOperations;
import dk.borgerdialog.SetupOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.contact.application.JoinCareTeamCommand;
import dk.borgerdialog.contact.application.StartThreadCommand;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.CareTeamMember.Reachability;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.material.application.AttachMaterialCommand;
import dk.borgerdialog.material.model.MaterialAttachment;
import dk.borgerdialog.material.model.MaterialVariant;
import dk.borgerdialog.material.model.ReleaseRule;
import dk.borgerdialog.network.application.PublishActivityCommand;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.Frequency;
import dk.borgerdialog.network.model.Interest;
import dk.borgerdialog.network.model.Organiser;
import dk.borgerdialog.network.model.OrganiserKind;
import dk.borgerdialog.network.model.Place;
import dk.borgerdialog.network.model.Price;
import dk.borgerdialog.network.model.Schedule;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.ChangeDeadline;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.plan.application.BookAppointmentCommand;
import dk.borgerdialog.plan.application.CancelAppointmentCommand;
import dk.borgerdialog.plan.application.PublishFreeSlotCommand;
import dk.borgerdialog.plan.application.StatePreferenceCommand;
import dk.borgerdialog.plan.application.WritePlanItemCommand;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.CancellationReason;
import dk.borgerdialog.plan.model.CancellationReasonCode;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.plan.model.CourseTemplate;
import dk.borgerdialog.plan.model.PlanItemKind;
import dk.borgerdialog.plan.model.PreferenceKind;
import dk.borgerdialog.relative.application.GrantAccessCommand;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.Scope;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The demo data, from the project's scenarios, created through the SDK only.
 *
 * <p><b>Frederiksberg, Health &amp; Care:</b> Karen Holm, 84, with home-care visits, training with
 * a physiotherapist, a preventive home visit and a renewal of her aids. <b>Copenhagen, Social
 * Services:</b> Jonas Berg, 34, in outpatient treatment and a housing-support course, with a
 * caseworker, a contact person, a mentor, a housing advisor and a family therapist; Mikkel Strand,
 * a second citizen of the treatment unit; and the centre manager who follows no-shows.
 *
 * <p><b>Mit netværk</b> in Frederiksberg: the senior centre's activities, one suggested to Karen by
 * her physiotherapist, one nearly full and one full, with a waiting list. <b>Material</b> in
 * Copenhagen: a welcome text, a link, the "Vis Vej" video with captions and transcript, and a
 * checklist released by hand.
 *
 * <p><b>Mine kontakter:</b> the care teams with phone hours and reply times, the units' shared
 * inboxes, and threads of the past weeks: answered ones, one Jonas has not read yet, and one in the
 * treatment unit's inbox that nobody has answered. <b>Relatives:</b> Karen's daughter Anna may read
 * Karen's plan (and nothing else).
 *
 * <p>All times are relative to the clock's time when seeding starts ("today"). The history of the
 * last four weeks is booked with the clock turned back four weeks, then marked attended or no-show
 * once the clock is back, as staff would have done.
 */
public final class DemoData {
  /** The zone of every demo citizen. */
  public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  /** Conversations in the treatment unit. */
  public static final AppointmentType CONVERSATION = AppointmentType.of("conversation");

  /** Meetings with the housing team. */
  public static final AppointmentType MEETING = AppointmentType.of("meeting");

  /** Visits in the citizen's home. */
  public static final AppointmentType HOME_VISIT = AppointmentType.of("home_visit");

  /** Training with a therapist. */
  public static final AppointmentType TRAINING = AppointmentType.of("training");

  private static final Duration HISTORY = Duration.ofDays(28);
  private static final String CENTRE_NORD = "Nørrebrogade 10, 2200 København N";
  private static final String HOUSING_OFFICE = "Sjællandsgade 40, 2200 København N";
  private static final String HEALTH_HOUSE = "Nyelandsvej 75, 2000 Frederiksberg";
  private static final String KARENS_HOME = "Hjemme hos dig";

  private final Borgerdialog dialog;
  private final DemoClock clock;
  private final ZonedDateTime now;
  private final List<DemoPerson> people = new ArrayList<>();
  private final List<DemoUnit> units = new ArrayList<>();
  private final List<Appointment> toMarkAttended = new ArrayList<>();
  private final List<Appointment> toMarkNoShow = new ArrayList<>();

  private DemoData(Borgerdialog dialog, DemoClock clock) {
    this.dialog = dialog;
    this.clock = clock;
    this.now = clock.instant().atZone(COPENHAGEN);
  }

  /**
   * Creates the demo data.
   *
   * @param dialog a started Borgerdialog on an empty database, running on {@code clock}
   * @param clock its clock, shifted back and forth while seeding and left unshifted
   * @return who can sign in, and the units
   */
  public static Directory seed(Borgerdialog dialog, DemoClock clock) {
    DemoData data = new DemoData(dialog, clock);
    clock.shift(HISTORY.negated());
    try {
      data.copenhagen();
      data.frederiksberg();
    } finally {
      clock.shift(Duration.ZERO);
    }
    data.markHistory();
    return new Directory(
        data.people.stream().sorted((a, b) -> a.kind().compareTo(b.kind())).toList(), data.units);
  }

  private void copenhagen() {
    SetupOperations setup = dialog.setup();
    Municipality kk = setup.createMunicipality("Københavns Kommune");
    Centre centre = setup.createCentre(kk.id(), "Borgercenter Voksne");
    Unit treatment =
        setup.createUnit(
            centre.id(),
            "Ambulant rusmiddelbehandling",
            "Borgercenter Nord",
            new BookingRules(ChangeDeadline.hoursBefore(12), true, true));
    Unit housing =
        setup.createUnit(
            centre.id(),
            "Bostøtteteamet",
            "Borgercenter Voksne",
            new BookingRules(ChangeDeadline.hoursBefore(24), true, true));
    unit(treatment, kk, CONVERSATION);
    unit(housing, kk, MEETING);

    StaffMember caseworker =
        staff(
            kk,
            "mette",
            "Mette Sørensen",
            "Sagsbehandler",
            "Caseworker",
            List.of(
                new UnitRole(treatment.id(), StaffRole.CASEWORKER),
                new UnitRole(housing.id(), StaffRole.CASEWORKER)));
    StaffMember contact =
        staff(
            kk,
            "ali",
            "Ali Hassan",
            "Kontaktperson",
            "Contact person",
            List.of(new UnitRole(treatment.id(), StaffRole.CONTACT_PERSON)));
    StaffMember mentor =
        staff(
            kk,
            "rasmus",
            "Rasmus Kjær",
            "Mentor",
            "Mentor",
            List.of(new UnitRole(treatment.id(), StaffRole.MENTOR)));
    StaffMember advisor =
        staff(
            kk,
            "camilla",
            "Camilla Winther",
            "Boligrådgiver",
            "Housing advisor",
            List.of(new UnitRole(housing.id(), StaffRole.HOUSING_ADVISOR)));
    StaffMember therapist =
        staff(
            kk,
            "henrik",
            "Henrik Dahl",
            "Familieterapeut",
            "Family therapist",
            List.of(new UnitRole(treatment.id(), StaffRole.FAMILY_THERAPIST)));
    staff(
        kk,
        "birgitte",
        "Birgitte Lund",
        "Centerleder",
        "Centre manager",
        List.of(
            new UnitRole(treatment.id(), StaffRole.MANAGER),
            new UnitRole(housing.id(), StaffRole.MANAGER)));

    Citizen jonas =
        citizen(
            kk,
            "jonas",
            "Jonas Berg",
            "Borger, 34 år, i behandling og bostøtte",
            "Citizen, 34, in treatment and housing support",
            List.of(treatment.id(), housing.id()));
    Citizen mikkel =
        citizen(
            kk,
            "mikkel",
            "Mikkel Strand",
            "Borger, 41 år, i behandling",
            "Citizen, 41, in treatment",
            List.of(treatment.id()));
    CourseTemplate talks =
        setup.addCourseTemplate(
            kk.id(), "Samtaleforløb", CourseKind.TREATMENT, "Samtaler med dine faste personer");
    CourseTemplate support =
        setup.addCourseTemplate(
            kk.id(), "Bostøtte", CourseKind.GUIDANCE, "Hjælp til at finde og holde en bolig");

    PlanOperations cw = plan(caseworker);
    Course jonasTalks = cw.openCourse(jonas.id(), treatment.id(), talks.id());
    Course jonasHousing = cw.openCourse(jonas.id(), housing.id(), support.id());
    Course mikkelTalks = cw.openCourse(mikkel.id(), treatment.id(), talks.id());
    cw.writePlanItem(
        new WritePlanItemCommand(jonasTalks.id(), PlanItemKind.GOAL, "Holde en stabil hverdag"));
    cw.writePlanItem(
        new WritePlanItemCommand(
            jonasTalks.id(), PlanItemKind.TASK, "Skriv ned, hvad du vil tale om næste gang"));
    cw.writePlanItem(
        new WritePlanItemCommand(
            jonasTalks.id(), PlanItemKind.WAY_FORWARD, "Samtaler hver uge frem til nytår"));
    cw.writePlanItem(
        new WritePlanItemCommand(
            jonasHousing.id(), PlanItemKind.GOAL, "Have et fast sted at bo inden sommer"));
    material(talks);

    // the past four weeks: weekly conversations, one cancelled by Jonas, Mikkel's too
    AppointmentMode centreNord = AppointmentMode.inPerson(CENTRE_NORD);
    for (int week = 4; week >= 1; week--) {
      Appointment a =
          book(cw, jonasTalks, CONVERSATION, day(-7 * week + 1, 10, 0), centreNord, contact);
      if (week == 3) {
        plan(jonas)
            .cancel(
                new CancelAppointmentCommand(
                    a.id(), a.version(), CancellationReason.of(CancellationReasonCode.TRANSPORT)));
      } else if (week == 2) {
        toMarkNoShow.add(a);
      } else {
        toMarkAttended.add(a);
      }
      Appointment m =
          book(cw, mikkelTalks, CONVERSATION, day(-7 * week + 2, 13, 0), centreNord, contact);
      (week == 4 ? toMarkNoShow : toMarkAttended).add(m);
    }
    // earlier today, for staff to mark: one that has ended and one that is going on
    book(cw, mikkelTalks, CONVERSATION, hoursFromNow(-3), centreNord, contact);
    book(cw, jonasTalks, CONVERSATION, hoursFromNow(-1).plusMinutes(30), centreNord, mentor);

    // to come
    book(cw, jonasTalks, CONVERSATION, day(1, 9, 0), centreNord, contact);
    book(cw, jonasTalks, CONVERSATION, day(2, 14, 0), AppointmentMode.phone(), mentor);
    book(
        cw,
        jonasHousing,
        MEETING,
        day(4, 10, 0),
        AppointmentMode.inPerson(HOUSING_OFFICE),
        advisor,
        caseworker);
    book(cw, jonasTalks, CONVERSATION, day(7, 13, 0), centreNord, therapist);
    book(cw, mikkelTalks, CONVERSATION, day(1, 11, 0), centreNord, contact);
    book(cw, mikkelTalks, CONVERSATION, day(3, 15, 0), centreNord, contact);
    slot(cw, treatment, CONVERSATION, day(3, 10, 0), centreNord, contact);
    slot(cw, treatment, CONVERSATION, day(3, 15, 30), centreNord, contact);
    slot(cw, treatment, CONVERSATION, day(5, 13, 0), centreNord, null);
    slot(cw, treatment, CONVERSATION, day(6, 9, 30), AppointmentMode.phone(), null);
    slot(
        plan(advisor),
        housing,
        MEETING,
        day(6, 10, 0),
        AppointmentMode.inPerson(HOUSING_OFFICE),
        advisor);

    PlanOperations jonasPlan = plan(jonas);
    jonasPlan.statePreference(
        new StatePreferenceCommand(
            jonasTalks.id(), PreferenceKind.PREFERRED_TIME, "Helst eftermiddage"));
    ContactPreferences defaults =
        dialog.as(citizenActor(jonas)).reminders().contactPreferences(jonas.id());
    dialog
        .as(citizenActor(jonas))
        .reminders()
        .saveContactPreferences(
            new ContactPreferences(
                jonas.id(),
                List.of(ChannelKind.SMS, ChannelKind.IN_APP),
                null,
                "+4520304050",
                QuietHours.DEFAULT,
                Set.of(),
                defaults.version()));
    copenhagenContacts(
        jonas,
        mikkel,
        jonasTalks,
        jonasHousing,
        mikkelTalks,
        caseworker,
        contact,
        mentor,
        advisor,
        therapist,
        treatment);
  }

  private void frederiksberg() {
    SetupOperations setup = dialog.setup();
    Municipality fk = setup.createMunicipality("Frederiksberg Kommune");
    Centre centre = setup.createCentre(fk.id(), "Sundhed og Omsorg");
    Unit homeCare =
        setup.createUnit(
            centre.id(),
            "Hjemmeplejen, gruppe Nord",
            "Hjemmeplejen Frederiksberg",
            new BookingRules(ChangeDeadline.hoursBefore(24), true, true));
    Unit rehab =
        setup.createUnit(
            centre.id(),
            "Genoptræningsteamet",
            "Sundhedshuset Frederiksberg",
            new BookingRules(ChangeDeadline.hoursBefore(24), true, true));
    unit(homeCare, fk, HOME_VISIT);
    unit(rehab, fk, TRAINING, HOME_VISIT);

    StaffMember lise =
        staff(
            fk,
            "lise",
            "Lise Jensen",
            "Social- og sundhedshjælper",
            "Home-care worker",
            List.of(new UnitRole(homeCare.id(), StaffRole.HOME_CARE_WORKER)));
    StaffMember nurse =
        staff(
            fk,
            "hanne",
            "Hanne Berg",
            "Sygeplejerske",
            "Nurse",
            List.of(new UnitRole(homeCare.id(), StaffRole.NURSE)));
    StaffMember physio =
        staff(
            fk,
            "mads",
            "Mads Nielsen",
            "Fysioterapeut",
            "Physiotherapist",
            List.of(new UnitRole(rehab.id(), StaffRole.THERAPIST)));
    StaffMember ot =
        staff(
            fk,
            "sofie",
            "Sofie Lund",
            "Ergoterapeut",
            "Occupational therapist",
            List.of(new UnitRole(rehab.id(), StaffRole.THERAPIST)));

    Citizen karen =
        citizen(
            fk,
            "karen",
            "Karen Holm",
            "Borger, 84 år, får hjemmepleje",
            "Citizen, 84, receives home care",
            List.of(homeCare.id(), rehab.id()));
    CourseTemplate care =
        setup.addCourseTemplate(
            fk.id(), "Hjemmepleje", CourseKind.HOME_CARE, "Hjælp i hjemmet morgen og aften");
    CourseTemplate training =
        setup.addCourseTemplate(
            fk.id(), "Genoptræning", CourseKind.REHABILITATION, "Træning med din fysioterapeut");

    PlanOperations homeCarePlan = plan(nurse);
    PlanOperations rehabPlan = plan(physio);
    Course karenCare = homeCarePlan.openCourse(karen.id(), homeCare.id(), care.id());
    Course karenTraining = rehabPlan.openCourse(karen.id(), rehab.id(), training.id());
    rehabPlan.writePlanItem(
        new WritePlanItemCommand(karenTraining.id(), PlanItemKind.GOAL, "Gå selv til bageren"));
    rehabPlan.writePlanItem(
        new WritePlanItemCommand(karenTraining.id(), PlanItemKind.GOAL, "Færre fald"));
    rehabPlan.writePlanItem(
        new WritePlanItemCommand(
            karenTraining.id(), PlanItemKind.WAY_FORWARD, "Træning hver uge i tolv uger"));

    AppointmentMode home = AppointmentMode.inPerson(KARENS_HOME);
    AppointmentMode healthHouse = AppointmentMode.inPerson(HEALTH_HOUSE);
    // the past weeks' training
    for (int week = 4; week >= 1; week--) {
      Appointment a =
          book(rehabPlan, karenTraining, TRAINING, day(-7 * week + 3, 10, 30), healthHouse, physio);
      (week == 3 ? toMarkNoShow : toMarkAttended).add(a);
    }
    // home care twice a day, the next two days
    for (int d = 1; d <= 2; d++) {
      book(homeCarePlan, karenCare, HOME_VISIT, day(d, 8, 0), home, lise);
      book(homeCarePlan, karenCare, HOME_VISIT, day(d, 19, 0), home, lise);
    }
    book(homeCarePlan, karenCare, HOME_VISIT, day(3, 13, 0), home, nurse);
    book(rehabPlan, karenTraining, TRAINING, day(2, 10, 30), healthHouse, physio);
    book(rehabPlan, karenTraining, TRAINING, day(9, 10, 30), healthHouse, physio);
    book(rehabPlan, karenTraining, HOME_VISIT, day(6, 11, 0), home, ot);
    slot(rehabPlan, rehab, TRAINING, day(3, 10, 0), healthHouse, physio);
    slot(rehabPlan, rehab, TRAINING, day(4, 14, 0), healthHouse, physio);
    slot(rehabPlan, rehab, HOME_VISIT, day(8, 11, 0), home, ot);
    network(fk, centre, karen, physio);

    ContactPreferences defaults =
        dialog.as(citizenActor(karen)).reminders().contactPreferences(karen.id());
    dialog
        .as(citizenActor(karen))
        .reminders()
        .saveContactPreferences(
            new ContactPreferences(
                karen.id(),
                List.of(ChannelKind.SMS, ChannelKind.IN_APP),
                null,
                "+4540506070",
                new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0)),
                Set.of(),
                defaults.version()));
    frederiksbergContacts(fk, karen, karenCare, karenTraining, homeCare, nurse, physio);
  }

  /** A team's shared inbox on a care team: the unit answers, whoever is at work. */
  static final StaffRole TEAM_INBOX = new StaffRole("team");

  private void copenhagenContacts(
      Citizen jonas,
      Citizen mikkel,
      Course jonasTalks,
      Course jonasHousing,
      Course mikkelTalks,
      StaffMember caseworker,
      StaffMember contact,
      StaffMember mentor,
      StaffMember advisor,
      StaffMember therapist,
      Unit treatment) {
    ContactOperations team = contacts(caseworker);
    Duration oneDay = Duration.ofDays(1);
    team.join(
        JoinCareTeamCommand.staff(
            jonasTalks.id(),
            caseworker.id(),
            StaffRole.CASEWORKER,
            new Reachability("+4533661100", "Man–fre kl. 9–12", Duration.ofDays(2))));
    team.join(
        JoinCareTeamCommand.staff(
            jonasTalks.id(),
            contact.id(),
            StaffRole.CONTACT_PERSON,
            new Reachability("+4533661101", "Man–tor kl. 9–15", oneDay)));
    team.join(
        JoinCareTeamCommand.staff(
            jonasTalks.id(),
            mentor.id(),
            StaffRole.MENTOR,
            new Reachability("+4533661102", "Tir og tor kl. 10–14", oneDay)));
    team.join(
        JoinCareTeamCommand.staff(
            jonasTalks.id(),
            therapist.id(),
            StaffRole.FAMILY_THERAPIST,
            Reachability.writtenWithin(Duration.ofDays(3))));
    team.join(
        JoinCareTeamCommand.unitInbox(
            jonasTalks.id(),
            TEAM_INBOX,
            new Reachability("+4533661000", "Alle hverdage kl. 8–16", oneDay)));
    team.join(
        JoinCareTeamCommand.staff(
            jonasHousing.id(),
            advisor.id(),
            StaffRole.HOUSING_ADVISOR,
            new Reachability("+4533662200", "Ons kl. 12–15", Duration.ofDays(2))));
    team.join(
        JoinCareTeamCommand.staff(
            mikkelTalks.id(),
            contact.id(),
            StaffRole.CONTACT_PERSON,
            new Reachability("+4533661101", "Man–tor kl. 9–15", oneDay)));
    team.join(
        JoinCareTeamCommand.unitInbox(
            mikkelTalks.id(),
            TEAM_INBOX,
            new Reachability("+4533661000", "Alle hverdage kl. 8–16", oneDay)));
    dialog
        .as(Actor.staff(caseworker.id(), AssuranceLevel.SUBSTANTIAL))
        .inbox()
        .setExpectedReply(treatment.id(), oneDay);

    ContactOperations jonasSays = dialog.as(citizenActor(jonas)).contacts();
    ContactOperations mikkelSays = dialog.as(citizenActor(mikkel)).contacts();
    // answered the next day: the slowest answer of the period
    at(-20, 16, 0);
    ThreadId certificate =
        mikkelSays
            .startThread(
                StartThreadCommand.toInbox(
                    mikkel.id(),
                    treatment.id(),
                    "Papir til jobcentret",
                    "Hej. Jobcentret vil gerne have et papir på, at jeg går til samtaler hos jer. Kan I lave det?"))
            .thread();
    at(-19, 18, 0);
    // staff read before they answer, so the inbox's unread count is what is still waiting
    contacts(contact).messages(certificate, null, ContactOperations.DEFAULT_PAGE_SIZE);
    contacts(contact)
        .write(
            certificate, "Hej Mikkel. Ja, det laver vi. Du får det med til samtalen på torsdag.");
    mikkelSays.messages(certificate, null, ContactOperations.DEFAULT_PAGE_SIZE);
    dialog.as(Actor.staff(contact.id(), AssuranceLevel.SUBSTANTIAL)).inbox().close(certificate);

    at(-10, 8, 30);
    ThreadId transport =
        jonasSays
            .startThread(
                StartThreadCommand.toInbox(
                    jonas.id(),
                    treatment.id(),
                    "Busbillet",
                    "Hej. Kan I hjælpe med en busbillet til samtalerne? Mit kort er udløbet."))
            .thread();
    at(-10, 10, 0);
    contacts(mentor).messages(transport, null, ContactOperations.DEFAULT_PAGE_SIZE);
    contacts(mentor)
        .write(
            transport,
            "Hej Jonas. Ja, vi har klippekort. Spørg efter mig, når du kommer på torsdag. Rasmus");
    jonasSays.messages(transport, null, ContactOperations.DEFAULT_PAGE_SIZE);

    at(-6, 9, 15);
    CareTeamMember ali =
        jonasSays.contacts(jonas.id()).stream()
            .filter(m -> contact.id().equals(m.staffMember()))
            .findFirst()
            .orElseThrow();
    ThreadId afternoons =
        jonasSays
            .startThread(
                StartThreadCommand.toContact(
                    ali,
                    "Tider om eftermiddagen",
                    "Hej Ali. Jeg har fået arbejde om formiddagen. Kan vores samtaler ligge om eftermiddagen?"))
            .thread();
    at(-6, 11, 40);
    // Jonas has not read the answer yet: his unread badge
    contacts(contact).messages(afternoons, null, ContactOperations.DEFAULT_PAGE_SIZE);
    contacts(contact)
        .write(
            afternoons,
            "Hej Jonas. Godt med arbejdet! Jeg lægger tiderne om eftermiddagen fra næste uge. Ali");

    // nobody has answered yet: unread in the inbox, and overdue
    at(-2, 8, 30);
    mikkelSays.startThread(
        StartThreadCommand.toInbox(
            mikkel.id(),
            treatment.id(),
            "Nyt telefonnummer",
            "Hej. Jeg har fået et nyt telefonnummer. Kan I ringe til det nye, når I skal have fat i mig?"));
    clock.shift(HISTORY.negated());
  }

  private void frederiksbergContacts(
      Municipality fk,
      Citizen karen,
      Course karenCare,
      Course karenTraining,
      Unit homeCare,
      StaffMember nurse,
      StaffMember physio) {
    ContactOperations homeCareTeam = contacts(nurse);
    Duration oneDay = Duration.ofDays(1);
    homeCareTeam.join(
        JoinCareTeamCommand.unitInbox(
            karenCare.id(),
            TEAM_INBOX,
            new Reachability("+4538213000", "Alle dage kl. 8–15", oneDay)));
    homeCareTeam.join(
        JoinCareTeamCommand.staff(
            karenCare.id(),
            nurse.id(),
            StaffRole.NURSE,
            new Reachability("+4538213010", "Man–fre kl. 8–9", oneDay)));
    contacts(physio)
        .join(
            JoinCareTeamCommand.staff(
                karenTraining.id(),
                physio.id(),
                StaffRole.THERAPIST,
                new Reachability("+4538214020", "Man og ons kl. 13–14", Duration.ofDays(2))));
    dialog
        .as(Actor.staff(nurse.id(), AssuranceLevel.SUBSTANTIAL))
        .inbox()
        .setExpectedReply(homeCare.id(), oneDay);

    ContactOperations karenSays = dialog.as(citizenActor(karen)).contacts();
    at(-3, 10, 0);
    ThreadId christmas =
        karenSays
            .startThread(
                StartThreadCommand.toInbox(
                    karen.id(),
                    homeCare.id(),
                    "Jul hos min datter",
                    "Kære hjemmepleje. Jeg er hos min datter i Aarhus fra den 23. til den 27. december. I skal ikke komme de dage."))
            .thread();
    at(-3, 13, 0);
    homeCareTeam.messages(christmas, null, ContactOperations.DEFAULT_PAGE_SIZE);
    homeCareTeam.write(
        christmas, "Kære Karen. Tak for besked, vi har skrevet det ind. God jul i Aarhus! Hanne");
    karenSays.messages(christmas, null, ContactOperations.DEFAULT_PAGE_SIZE);
    clock.shift(HISTORY.negated());

    // Anna may read her mother's plan: a consent Karen gave, for a year
    RelativeGrant anna =
        dialog
            .as(citizenActor(karen))
            .relatives()
            .grant(
                GrantAccessCommand.consent(
                    karen.id(),
                    ExternalRef.of("demo", "anna"),
                    "Anna Holm",
                    "Datter",
                    Set.of(Scope.READ_PLAN),
                    now.plusYears(1).toInstant()));
    people.add(
        new DemoPerson(
            "anna",
            ActorKind.RELATIVE,
            anna.relative().value(),
            "Anna Holm",
            "Pårørende, Karen Holms datter (må se planen)",
            "Relative, Karen Holm's daughter (may read the plan)",
            fk.name(),
            List.of(),
            karen.id().value()));
  }

  /** Turns the clock to a local time on a day counted from today, during the seeding. */
  private void at(int days, int hour, int minute) {
    clock.shift(Duration.between(clock.baseInstant(), day(days, hour, minute).toInstant()));
  }

  private ContactOperations contacts(StaffMember staff) {
    return dialog.as(Actor.staff(staff.id(), AssuranceLevel.SUBSTANTIAL)).contacts();
  }

  /**
   * The treatment unit's material on the conversation course: a welcome text and a link at the
   * start, the "Vis Vej" video two calendar days before a conversation, and a checklist staff
   * release by hand.
   */
  private void material(CourseTemplate talks) {
    MaterialOperations host = dialog.as(Actor.system("citizen-portal")).material();
    MaterialAttachment every = MaterialAttachment.template(talks.id());
    host.attach(
        AttachMaterialCommand.text(
            every,
            ReleaseRule.atStart(),
            MaterialVariant.text(
                Language.DA,
                "Velkommen til Borgercenter Nord",
                "Vi glæder os til at se dig.\n\n"
                    + "- Du taler med de **samme faste personer** hver gang.\n"
                    + "- Du kan altid ringe, hvis noget er svært.\n\n"
                    + "Læs mere om [centret](https://www.kk.dk)."),
            MaterialVariant.text(
                Language.EN,
                "Welcome to Borgercenter Nord",
                "We look forward to seeing you.\n\n"
                    + "- You talk with the **same people** every time.\n"
                    + "- You can always call if something is hard.\n\n"
                    + "Read more about [the centre](https://www.kk.dk).")));
    host.attach(
        AttachMaterialCommand.link(
            every,
            ReleaseRule.atStart(),
            MaterialVariant.link(
                Language.DA,
                "Sådan foregår en samtale",
                URI.create("https://www.kk.dk/borger/stoette-og-raadgivning"),
                "Kommunens side om samtaler og rådgivning."),
            MaterialVariant.link(
                Language.EN,
                "What a conversation is like",
                URI.create("https://international.kk.dk"),
                "The municipality's pages in English.")));
    host.attach(
        AttachMaterialCommand.video(
            every,
            Duration.ofSeconds(154),
            ReleaseRule.daysBefore(2, CONVERSATION),
            MaterialVariant.video(
                Language.DA,
                "Vis Vej: vejen til Borgercenter Nord",
                URI.create("https://video.example.dk/visvej/borgercenter-nord.mp4"),
                URI.create("https://video.example.dk/visvej/borgercenter-nord.da.vtt"),
                "Fra Nørreport tager du bus 5C mod Husum og står af ved Nørrebrogade. "
                    + "Gå 50 meter tilbage. Indgangen er gennem porten i nummer 10, "
                    + "og centret ligger i gården til venstre. Der er en rampe ved døren."),
            MaterialVariant.video(
                Language.EN,
                "Show the Way: getting to Borgercenter Nord",
                URI.create("https://video.example.dk/visvej/borgercenter-nord.mp4"),
                URI.create("https://video.example.dk/visvej/borgercenter-nord.en.vtt"),
                "From Nørreport, take bus 5C towards Husum and get off at Nørrebrogade. "
                    + "Walk 50 metres back. The entrance is through the gate at number 10, "
                    + "and the centre is in the courtyard on the left. There is a ramp.")));
    host.attach(
        AttachMaterialCommand.text(
            every,
            ReleaseRule.byHand(),
            MaterialVariant.text(
                Language.DA,
                "Tjekliste før samtalen",
                "Tænk over, hvad der er gået godt, og hvad der har været svært siden sidst."),
            MaterialVariant.text(
                Language.EN,
                "Checklist before the conversation",
                "Think about what went well and what was hard since last time.")));
  }

  /**
   * Mit netværk in Frederiksberg: the senior centre and an association publish a weekly morning
   * walk, the Thursday lunch, an online singing evening and a talk that is nearly full; the
   * physiotherapist suggests the lunch to Karen, who has stated her interests.
   */
  private void network(Municipality fk, Centre centre, Citizen karen, StaffMember physio) {
    SetupOperations setup = dialog.setup();
    Unit seniorCentre =
        setup.createUnit(
            centre.id(),
            "Seniorcenter Søndermarken",
            "Seniorcenter Søndermarken",
            BookingRules.defaults());
    unit(seniorCentre, fk);
    StaffMember bent =
        staff(
            fk,
            "bent",
            "Bent Madsen",
            "Aktivitetsmedarbejder",
            "Activity coordinator",
            List.of(new UnitRole(seniorCentre.id(), StaffRole.CONTACT_PERSON)));
    NetworkOperations system = dialog.as(Actor.system("setup")).network();
    system.defineInterest(fk.id(), new Interest("walking", "Gåture", "Walks"));
    system.defineInterest(fk.id(), new Interest("food", "Mad og fællesskab", "Food and company"));
    system.defineInterest(fk.id(), new Interest("singing", "Sang og musik", "Singing and music"));
    system.defineInterest(fk.id(), new Interest("talks", "Foredrag", "Talks"));

    NetworkOperations staff =
        dialog.as(Actor.staff(bent.id(), AssuranceLevel.SUBSTANTIAL)).network();
    Organiser home =
        staff.registerOrganiser(
            seniorCentre.id(),
            OrganiserKind.MUNICIPAL_UNIT,
            "Seniorcenter Søndermarken",
            "soendermarken@frederiksberg.dk",
            "+4538211000");
    Organiser association =
        staff.registerOrganiser(
            seniorCentre.id(), OrganiserKind.ASSOCIATION, "Ældre Sagen Frederiksberg", null, null);
    LocalDate today = now.toLocalDate();
    staff.publish(
        activity(
            association,
            "Morgengåtur i Frederiksberg Have",
            "Vi går en rolig tur på en time og holder pauser undervejs. Rollator er velkommen.",
            "walking",
            Place.at("Frederiksberg Runddel 1, 2000 Frederiksberg", "Frederiksberg C"),
            Schedule.recurring(
                today.plusDays(1).atTime(9, 30),
                Duration.ofHours(1),
                COPENHAGEN,
                Frequency.WEEKLY,
                today.plusWeeks(10)),
            12,
            Price.free()));
    Activity lunch =
        staff.publish(
            activity(
                home,
                "Torsdagsfrokost i seniorcentret",
                "Varm mad og godt selskab hver torsdag. Sig til, hvis du har brug for diæt.",
                "food",
                Place.at("Roskildevej 30, 2000 Frederiksberg", "Frederiksberg"),
                Schedule.recurring(
                    nextOrSame(today.plusDays(1), java.time.DayOfWeek.THURSDAY).atTime(12, 0),
                    Duration.ofMinutes(90),
                    COPENHAGEN,
                    Frequency.WEEKLY,
                    null),
                30,
                Price.of(45, 0)));
    staff.publish(
        activity(
            association,
            "Fællessang på skærmen",
            "Vi synger fra Højskolesangbogen sammen over video. Du får et link, når du er tilmeldt.",
            "singing",
            Place.online("https://moede.frederiksberg.dk/faellessang"),
            Schedule.recurring(
                today.plusDays(2).atTime(19, 0),
                Duration.ofMinutes(45),
                COPENHAGEN,
                Frequency.BIWEEKLY,
                null),
            100,
            Price.free()));
    Activity talk =
        staff.publish(
            activity(
                home,
                "Foredrag: Tryg i eget hjem",
                "En ergoterapeut fortæller om små ændringer, der forebygger fald i hjemmet.",
                "talks",
                Place.at("Falkoner Allé 30, 2000 Frederiksberg", "Frederiksberg C"),
                Schedule.once(today.plusDays(10).atTime(14, 0), Duration.ofHours(2), COPENHAGEN),
                3,
                Price.free()));
    Activity gym =
        staff.publish(
            activity(
                home,
                "Stolegymnastik med musik",
                "Let gymnastik på en stol til god musik. Du behøver ikke kunne stå længe.",
                "walking",
                Place.at("Roskildevej 30, 2000 Frederiksberg", "Frederiksberg"),
                Schedule.once(today.plusDays(5).atTime(10, 0), Duration.ofHours(1), COPENHAGEN),
                2,
                Price.free()));
    // two neighbours took two of the talk's three seats, and both seats of the gymnastics
    for (String neighbour : List.of("Ove Petersen", "Inger Madsen")) {
      String key = neighbour.substring(0, neighbour.indexOf(' ')).toLowerCase(Locale.ROOT);
      Citizen c =
          setup.registerCitizen(
              fk.id(), ExternalRef.of("demo", key), null, neighbour, null, COPENHAGEN);
      dialog
          .as(citizenActor(c))
          .network()
          .signUp(c.id(), talk.id(), talk.schedule().firstStartInstant());
      dialog
          .as(citizenActor(c))
          .network()
          .signUp(c.id(), gym.id(), gym.schedule().firstStartInstant());
    }
    dialog
        .as(Actor.staff(physio.id(), AssuranceLevel.SUBSTANTIAL))
        .network()
        .suggest(karen.id(), lunch.id());
    dialog.as(citizenActor(karen)).network().stateInterests(karen.id(), Set.of("walking", "food"));
  }

  private static LocalDate nextOrSame(LocalDate date, java.time.DayOfWeek day) {
    return date.with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
  }

  private static PublishActivityCommand activity(
      Organiser organiser,
      String title,
      String description,
      String interest,
      Place place,
      Schedule schedule,
      int capacity,
      Price price) {
    return new PublishActivityCommand(
        organiser.id(),
        title,
        description,
        List.of(interest),
        place,
        schedule,
        capacity,
        "Seniorer 65+",
        "Niveaufri adgang og toilet med plads til rollator",
        price,
        Duration.ofHours(2));
  }

  private void markHistory() {
    for (Appointment a : toMarkAttended) {
      planForUnit(a.unit()).markAttended(a.id(), a.version());
    }
    for (Appointment a : toMarkNoShow) {
      planForUnit(a.unit()).markNoShow(a.id(), a.version());
    }
  }

  private PlanOperations planForUnit(UnitId unit) {
    DemoPerson staff =
        people.stream()
            .filter(p -> p.kind() == ActorKind.STAFF && p.units().contains(unit))
            .findFirst()
            .orElseThrow();
    return dialog.as(staff.actor(AssuranceLevel.SUBSTANTIAL)).plan();
  }

  private void unit(Unit unit, Municipality municipality, AppointmentType... types) {
    units.add(
        new DemoUnit(
            unit.id(), unit.name(), unit.publicName(), municipality.name(), List.of(types)));
  }

  private StaffMember staff(
      Municipality municipality,
      String key,
      String name,
      String title,
      String titleEn,
      List<UnitRole> roles) {
    StaffMember member =
        dialog
            .setup()
            .addStaffMember(municipality.id(), ExternalRef.of("ad", key), name, title, roles);
    people.add(
        new DemoPerson(
            key,
            ActorKind.STAFF,
            member.id().value(),
            name,
            title,
            titleEn,
            municipality.name(),
            roles.stream().map(UnitRole::unit).distinct().toList(),
            null));
    return member;
  }

  private Citizen citizen(
      Municipality municipality,
      String key,
      String name,
      String role,
      String roleEn,
      List<UnitId> courseUnits) {
    Citizen citizen =
        dialog
            .setup()
            .registerCitizen(
                municipality.id(), ExternalRef.of("demo", key), null, name, null, COPENHAGEN);
    people.add(
        new DemoPerson(
            key,
            ActorKind.CITIZEN,
            citizen.id().value(),
            name,
            role,
            roleEn,
            municipality.name(),
            courseUnits,
            null));
    return citizen;
  }

  private PlanOperations plan(StaffMember staff) {
    return dialog.as(Actor.staff(staff.id(), AssuranceLevel.SUBSTANTIAL)).plan();
  }

  private PlanOperations plan(Citizen citizen) {
    return dialog.as(citizenActor(citizen)).plan();
  }

  private static Actor citizenActor(Citizen citizen) {
    return Actor.citizen(citizen.id(), AssuranceLevel.SUBSTANTIAL);
  }

  /** A local time on a day counted from today (0), in the real time after seeding. */
  private ZonedDateTime day(int days, int hour, int minute) {
    LocalDate date = now.toLocalDate().plusDays(days);
    return ZonedDateTime.of(date, LocalTime.of(hour, minute), COPENHAGEN);
  }

  private ZonedDateTime hoursFromNow(int hours) {
    return now.plusHours(hours).withSecond(0).withNano(0);
  }

  private static Appointment book(
      PlanOperations staff,
      Course course,
      AppointmentType type,
      ZonedDateTime start,
      AppointmentMode mode,
      StaffMember... with) {
    return staff.book(
        BookAppointmentCommand.at(
            course.id(),
            type,
            start.toInstant(),
            start.plusHours(1).toInstant(),
            mode,
            java.util.Arrays.stream(with).map(StaffMember::id).toList()));
  }

  private static void slot(
      PlanOperations staff,
      Unit unit,
      AppointmentType type,
      ZonedDateTime start,
      AppointmentMode mode,
      @Nullable StaffMember with) {
    staff.publishFreeSlot(
        new PublishFreeSlotCommand(
            unit.id(),
            type,
            with == null ? null : with.id(),
            start.toInstant(),
            start.plusHours(1).toInstant(),
            mode));
  }
}
