package dk.borgerdialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.common.UnableToChangeException;
import dk.borgerdialog.contact.application.JoinCareTeamCommand;
import dk.borgerdialog.contact.application.StartThreadCommand;
import dk.borgerdialog.contact.model.Attachment;
import dk.borgerdialog.contact.model.AutoReply;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.CareTeamMember.Reachability;
import dk.borgerdialog.contact.model.Cursor;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.contact.model.Page;
import dk.borgerdialog.contact.model.ResponseTimes;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.contact.model.ThreadStatus;
import dk.borgerdialog.messaging.email.SmtpConfig;
import dk.borgerdialog.messaging.email.SmtpNotificationChannel;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.persistence.JooqPersistence;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.CourseKind;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mine kontakter through the SDK on a real database: Jonas's care team, threads with his mentor and
 * with the unit inbox, unread counts, paging, the e-mail that says only "new message" (over a real
 * SMTP server), the handover when his contact person is replaced, refusals, attachment limits and
 * response times against a settable clock.
 */
abstract class ContactScenariosContract {
  static final Duration WAIT = Duration.ofSeconds(20);

  SettableClock clock;
  GreenMail smtp;
  Borgerdialog dialog;
  JooqPersistence store;
  Unit treatment;
  Unit housing;
  StaffMember mentor;
  StaffMember contactPerson;
  StaffMember successor;
  StaffMember housingAdvisor;
  Citizen jonas;
  Citizen other;
  Course course;
  CareTeamMember mentorMember;
  CareTeamMember contactMember;

  abstract DataSource freshDatabase();

  @BeforeEach
  void setUp() {
    // Monday 23 November 2026, 10:00 in Copenhagen: outside quiet hours
    clock = SettableClock.at("2026-11-23T10:00", "Europe/Copenhagen");
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    DataSource dataSource = freshDatabase();
    dialog =
        Borgerdialog.builder()
            .dataSource(dataSource)
            .clock(clock)
            .reminderPolling(Duration.ofMillis(100))
            .channel(
                SmtpNotificationChannel.create(
                    SmtpConfig.builder("127.0.0.1", "Min Dialog <noreply@kk.example.dk>")
                        .port(smtp.getSmtp().getPort())
                        .startTls(false)
                        .build(),
                    clock))
            .start();
    store = JooqPersistence.create(dataSource);

    SetupOperations setup = dialog.setup();
    Municipality kk = setup.createMunicipality("Københavns Kommune");
    Centre centre = setup.createCentre(kk.id(), "Borgercenter Voksne");
    treatment =
        setup.createUnit(
            centre.id(),
            "Ambulant rusmiddelbehandling",
            "Borgercenter Nord",
            BookingRules.defaults());
    housing =
        setup.createUnit(centre.id(), "Bostøtte", "Borgercenter Nord", BookingRules.defaults());
    mentor = staffMember(setup, kk, "Ali Hassan", "Mentor", treatment, StaffRole.MENTOR);
    contactPerson =
        staffMember(
            setup, kk, "Mette Sørensen", "Kontaktperson", treatment, StaffRole.CONTACT_PERSON);
    successor =
        staffMember(setup, kk, "Bo Jensen", "Kontaktperson", treatment, StaffRole.CONTACT_PERSON);
    housingAdvisor =
        staffMember(setup, kk, "Sara Lund", "Boligrådgiver", housing, StaffRole.HOUSING_ADVISOR);
    jonas = setup.registerCitizen(kk.id(), ExternalRef.of("sensum", "J-1"), null, "Jonas Berg");
    other = setup.registerCitizen(kk.id(), ExternalRef.of("sensum", "O-2"), null, "Other Citizen");
    var template = setup.addCourseTemplate(kk.id(), "Samtaleforløb", CourseKind.TREATMENT, null);
    course = asStaff(mentor).plan().openCourse(jonas.id(), treatment.id(), template.id());
    ContactOperations team = asStaff(mentor).contacts();
    mentorMember =
        team.join(
            JoinCareTeamCommand.staff(
                course.id(),
                mentor.id(),
                StaffRole.MENTOR,
                new Reachability("+4533445566", "Man–tor 9–11", Duration.ofHours(24))));
    contactMember =
        team.join(
            JoinCareTeamCommand.staff(
                course.id(),
                contactPerson.id(),
                StaffRole.CONTACT_PERSON,
                Reachability.writtenWithin(Duration.ofDays(2))));
    team.join(
        JoinCareTeamCommand.unitInbox(
            course.id(),
            new StaffRole("treatment_team"),
            Reachability.writtenWithin(Duration.ofDays(1))));
  }

  @AfterEach
  void tearDown() {
    dialog.close();
    smtp.stop();
  }

  static StaffMember staffMember(
      SetupOperations setup, Municipality m, String name, String title, Unit unit, StaffRole role) {
    return setup.addStaffMember(m.id(), null, name, title, List.of(new UnitRole(unit.id(), role)));
  }

  Session asStaff(StaffMember member) {
    return dialog.as(Actor.staff(member.id(), AssuranceLevel.SUBSTANTIAL));
  }

  Session asJonas() {
    return dialog.as(Actor.citizen(jonas.id(), AssuranceLevel.SUBSTANTIAL));
  }

  CareTeamMember inboxMember() {
    return asJonas().contacts().contacts(jonas.id()).stream()
        .filter(CareTeamMember::isUnitInbox)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void jonas_sees_his_contacts_with_role_title_and_reachability() {
    List<CareTeamMember> contacts = asJonas().contacts().contacts(jonas.id());

    assertThat(contacts)
        .extracting(CareTeamMember::displayName)
        .containsExactlyInAnyOrder("Ali Hassan", "Mette Sørensen", "Borgercenter Nord");
    CareTeamMember ali =
        contacts.stream().filter(c -> c.id().equals(mentorMember.id())).findFirst().orElseThrow();
    assertThat(ali.role()).isEqualTo(StaffRole.MENTOR);
    assertThat(ali.title()).isEqualTo("Mentor");
    assertThat(ali.reachability().phoneHours()).isEqualTo("Man–tor 9–11");
    assertThat(ali.reachability().expectedReply()).isEqualTo(Duration.ofHours(24));
    assertThat(inboxMember().role()).isEqualTo(new StaffRole("treatment_team"));
  }

  @Test
  void threads_with_a_staff_member_and_with_the_unit_inbox_and_unread_counts_from_both_sides() {
    Message toMentor =
        asJonas()
            .contacts()
            .startThread(
                StartThreadCommand.toContact(mentorMember, "Mødet", "Kan vi flytte mødet?"));
    Message toInbox =
        asJonas()
            .contacts()
            .startThread(
                StartThreadCommand.toContact(inboxMember(), "Medicin", "Hvornår kan jeg hente?"));
    asJonas().contacts().write(toInbox.thread(), "Og en ting mere.");

    assertThat(asStaff(mentor).contacts().unread()).isEqualTo(1);
    assertThat(asStaff(contactPerson).contacts().unread()).isZero();
    assertThat(asStaff(contactPerson).inbox().unread(treatment.id())).isEqualTo(2);
    Page<MessageThread> inbox = asStaff(contactPerson).inbox().inbox(treatment.id(), null, 10);
    assertThat(inbox.items()).extracting(MessageThread::id).containsExactly(toInbox.thread());
    assertThat(asStaff(mentor).contacts().threadsOf(mentor.id(), null, 10).items())
        .extracting(MessageThread::id)
        .containsExactly(toMentor.thread());

    clock.advance(Duration.ofMinutes(30));
    // the mentor reads and answers; the inbox thread is assigned and answered by a colleague
    assertThat(asStaff(mentor).contacts().messages(toMentor.thread(), null, 10).items())
        .extracting(Message::body)
        .containsExactly("Kan vi flytte mødet?");
    asStaff(mentor).contacts().write(toMentor.thread(), "Ja, torsdag kl. 10?");
    MessageThread assigned =
        asStaff(contactPerson).inbox().assign(toInbox.thread(), successor.id());
    assertThat(assigned.assignee()).isEqualTo(successor.id());
    assertThat(asStaff(successor).contacts().unread()).isEqualTo(2);
    asStaff(successor).contacts().messages(toInbox.thread(), null, 10);
    asStaff(successor).contacts().write(toInbox.thread(), "Du kan hente i morgen.");

    assertThat(asStaff(mentor).contacts().unread()).isZero();
    assertThat(asStaff(successor).contacts().unread()).isZero();
    assertThat(asStaff(contactPerson).inbox().unread(treatment.id())).isZero();
    assertThat(asJonas().contacts().unread()).isEqualTo(2);
    assertThat(asJonas().contacts().thread(toMentor.thread()).status())
        .isEqualTo(ThreadStatus.WAITING_FOR_CITIZEN);

    asJonas().contacts().messages(toMentor.thread(), null, 10);
    assertThat(asJonas().contacts().unread()).isEqualTo(1);
    asJonas().contacts().messages(toInbox.thread(), null, 10);
    assertThat(asJonas().contacts().unread()).isZero();
    assertThat(asJonas().contacts().threads(jonas.id(), null, 10).items())
        .extracting(MessageThread::id)
        .containsExactly(toInbox.thread(), toMentor.thread());
    // every read and write of a message was audited, under the actor who did it
    List<AuditRecord> audit = store.auditLog().about(jonas.id(), 200);
    assertThat(audit)
        .filteredOn(r -> r.operation() == Operation.READ_MESSAGES && r.allowed())
        .extracting(AuditRecord::actorId)
        .contains(mentor.id().toString(), successor.id().toString(), jonas.id().toString());
    assertThat(audit)
        .filteredOn(r -> r.operation() == Operation.WRITE_MESSAGE && r.allowed())
        .hasSize(5);
  }

  @Test
  void staff_start_threads_as_themselves_or_from_the_inbox_of_a_unit_that_serves_the_citizen() {
    Message fromMentor =
        asStaff(mentor)
            .contacts()
            .startThread(
                StartThreadCommand.toStaffMember(
                    jonas.id(), treatment.id(), mentor.id(), "Husk", "Husk papirerne."));
    assertThat(asJonas().contacts().thread(fromMentor.thread()).status())
        .isEqualTo(ThreadStatus.WAITING_FOR_CITIZEN);
    assertThat(asJonas().contacts().unread()).isEqualTo(1);
    assertThat(asJonas().reminders().notifications(jonas.id())).hasSize(1);

    Message fromInbox =
        asStaff(contactPerson)
            .contacts()
            .startThread(
                StartThreadCommand.toInbox(jonas.id(), treatment.id(), "Ny tid", "Vi har en tid."));
    assertThat(asJonas().contacts().thread(fromInbox.thread()).inUnitInbox()).isTrue();
    assertThat(asJonas().contacts().unread()).isEqualTo(2);

    assertThatThrownBy(
            () ->
                asStaff(contactPerson)
                    .contacts()
                    .startThread(
                        StartThreadCommand.toStaffMember(
                            jonas.id(), treatment.id(), mentor.id(), "Hej", "Hej")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                asStaff(housingAdvisor)
                    .contacts()
                    .startThread(
                        StartThreadCommand.toInbox(jonas.id(), housing.id(), "Hej", "Hej")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("citizen");
  }

  @Test
  void pages_stay_stable_while_new_messages_arrive() {
    ThreadId thread =
        asJonas()
            .contacts()
            .startThread(StartThreadCommand.toContact(mentorMember, "Dagbog", "Besked 0"))
            .thread();
    for (int i = 1; i < 9; i++) {
      asJonas().contacts().write(thread, "Besked " + i);
    }
    Page<Message> first = asStaff(mentor).contacts().messages(thread, null, 4);
    assertThat(first.items())
        .extracting(Message::body)
        .containsExactly("Besked 8", "Besked 7", "Besked 6", "Besked 5");

    asStaff(mentor).contacts().write(thread, "Svar mens du læser");
    asJonas().contacts().write(thread, "Endnu en");

    List<String> rest = new ArrayList<>();
    Cursor cursor = first.next();
    while (cursor != null) {
      Page<Message> page =
          asStaff(mentor).contacts().messages(thread, Cursor.parse(cursor.toString()), 4);
      page.items().forEach(m -> rest.add(m.body()));
      cursor = page.next();
    }
    assertThat(rest).containsExactly("Besked 4", "Besked 3", "Besked 2", "Besked 1", "Besked 0");
    assertThat(asStaff(mentor).contacts().messages(thread, null, 2).items())
        .extracting(Message::body)
        .containsExactly("Endnu en", "Svar mens du læser");
  }

  @Test
  void a_new_message_is_mailed_without_its_text_and_shown_in_app() throws Exception {
    ContactPreferences preferences = asJonas().reminders().contactPreferences(jonas.id());
    asJonas()
        .reminders()
        .saveContactPreferences(
            new ContactPreferences(
                jonas.id(),
                List.of(ChannelKind.EMAIL, ChannelKind.IN_APP),
                "jonas@example.dk",
                null,
                QuietHours.DEFAULT,
                Set.of(),
                preferences.version()));
    ThreadId thread =
        asJonas()
            .contacts()
            .startThread(StartThreadCommand.toContact(mentorMember, "Behandling", "Hej Ali"))
            .thread();

    String secret = "Din prøve for kokain var negativ";
    asStaff(mentor).contacts().write(thread, secret);

    await("the e-mail", () -> smtp.getReceivedMessages().length == 1);
    MimeMessage mail = smtp.getReceivedMessages()[0];
    String text = mail.getSubject() + "\n" + GreenMailUtil.getBody(mail);
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("jonas@example.dk");
    assertThat(text).doesNotContain("kokain").doesNotContain("prøve").doesNotContain("Behandling");
    assertThat(text).containsIgnoringCase("besked");
    List<InAppNotification> inApp = asJonas().reminders().notifications(jonas.id());
    assertThat(inApp).hasSize(1);
    assertThat(inApp.get(0).body()).doesNotContain("kokain");
    // delivered once: a second run of the scheduler finds nothing more to do
    Thread.sleep(500);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void a_message_written_at_night_is_mailed_in_the_morning() {
    asJonas()
        .reminders()
        .saveContactPreferences(
            new ContactPreferences(
                jonas.id(),
                List.of(ChannelKind.EMAIL),
                "jonas@example.dk",
                null,
                QuietHours.DEFAULT,
                Set.of(),
                asJonas().reminders().contactPreferences(jonas.id()).version()));
    ThreadId thread =
        asJonas()
            .contacts()
            .startThread(StartThreadCommand.toContact(mentorMember, "Aften", "Hej"))
            .thread();
    clock.set(
        java.time.LocalDateTime.parse("2026-11-23T22:30")
            .atZone(java.time.ZoneId.of("Europe/Copenhagen"))
            .toInstant());

    asStaff(mentor).contacts().write(thread, "Godnat");

    assertThat(asJonas().reminders().notifications(jonas.id())).hasSize(1);
    sleep(1000);
    assertThat(smtp.getReceivedMessages()).isEmpty();
    clock.set(
        java.time.LocalDateTime.parse("2026-11-24T08:01")
            .atZone(java.time.ZoneId.of("Europe/Copenhagen"))
            .toInstant());
    await("the morning e-mail", () -> smtp.getReceivedMessages().length == 1);
  }

  @Test
  void replacing_the_contact_person_tells_jonas_and_hands_over_his_open_threads() {
    ThreadId open =
        asJonas()
            .contacts()
            .startThread(StartThreadCommand.toContact(contactMember, "Bolig", "Hvad sker der?"))
            .thread();
    ThreadId closed =
        asJonas()
            .contacts()
            .startThread(StartThreadCommand.toContact(contactMember, "Gammelt", "Tak for sidst"))
            .thread();
    asStaff(contactPerson).inbox().close(closed);

    CareTeamMember next =
        asStaff(mentor)
            .contacts()
            .replace(contactMember.id(), contactMember.version(), successor.id());

    assertThat(next.staffMember()).isEqualTo(successor.id());
    assertThat(next.role()).isEqualTo(StaffRole.CONTACT_PERSON);
    assertThat(asJonas().contacts().contacts(jonas.id()))
        .extracting(CareTeamMember::displayName)
        .contains("Bo Jensen")
        .doesNotContain("Mette Sørensen");
    assertThat(asJonas().reminders().notifications(jonas.id()))
        .extracting(InAppNotification::idempotencyKey)
        .anyMatch(k -> k.startsWith("notice-contact_changed-"));
    assertThat(asStaff(successor).contacts().thread(open).addressee()).isEqualTo(successor.id());
    assertThat(asStaff(successor).contacts().unread()).isEqualTo(1);
    assertThatThrownBy(() -> asStaff(contactPerson).contacts().thread(open))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(asStaff(contactPerson).contacts().thread(closed).addressee())
        .isEqualTo(contactPerson.id());

    // without a successor, the open threads go to the unit inbox
    CareTeamMember mentorNow =
        asStaff(mentor).contacts().careTeam(course.id()).stream()
            .filter(m -> m.id().equals(mentorMember.id()))
            .findFirst()
            .orElseThrow();
    ThreadId toMentor =
        asJonas()
            .contacts()
            .startThread(StartThreadCommand.toContact(mentorNow, "Job", "Hej"))
            .thread();
    asStaff(successor).contacts().replace(mentorNow.id(), mentorNow.version(), null);
    MessageThread inInbox = asStaff(contactPerson).contacts().thread(toMentor);
    assertThat(inInbox.inUnitInbox()).isTrue();
    assertThat(asStaff(contactPerson).inbox().inbox(treatment.id(), null, 10).items())
        .extracting(MessageThread::id)
        .contains(toMentor);
  }

  @Test
  void a_foreign_citizen_and_staff_of_another_unit_are_refused_and_audited() {
    Message message =
        asJonas()
            .contacts()
            .startThread(StartThreadCommand.toContact(inboxMember(), "Privat", "Kun til jer"));
    Message direct =
        asJonas()
            .contacts()
            .startThread(StartThreadCommand.toContact(mentorMember, "Privat", "Kun til dig"));
    Session foreigner = dialog.as(Actor.citizen(other.id(), AssuranceLevel.SUBSTANTIAL));
    Session otherUnit = asStaff(housingAdvisor);

    assertThatThrownBy(() -> foreigner.contacts().messages(message.thread(), null, 10))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> foreigner.contacts().write(message.thread(), "Hej"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> foreigner.contacts().threads(jonas.id(), null, 10))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> otherUnit.contacts().messages(message.thread(), null, 10))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> otherUnit.inbox().inbox(treatment.id(), null, 10))
        .isInstanceOf(AccessDeniedException.class);
    // a colleague in the same unit reads the inbox, but not a thread addressed to the mentor
    assertThatThrownBy(() -> asStaff(contactPerson).contacts().messages(direct.thread(), null, 10))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asJonas().inbox().close(message.thread()))
        .isInstanceOf(AccessDeniedException.class);
    // Jonas cannot write to someone who is not on his care team
    assertThatThrownBy(
            () ->
                asJonas()
                    .contacts()
                    .startThread(
                        StartThreadCommand.toStaffMember(
                            jonas.id(), housing.id(), housingAdvisor.id(), "Hej", "Hej")))
        .isInstanceOf(InvalidInputException.class);

    List<AuditRecord> refusals =
        store.auditLog().about(jonas.id(), 200).stream().filter(r -> !r.allowed()).toList();
    assertThat(refusals)
        .extracting(AuditRecord::actorId)
        .contains(
            other.id().toString(), housingAdvisor.id().toString(), contactPerson.id().toString());
    assertThat(asStaff(mentor).contacts().messages(direct.thread(), null, 10).items()).hasSize(1);
  }

  @Test
  void attachments_within_the_limits_are_kept_and_others_refused_with_nothing_written() {
    byte[] scan = new byte[2 * 1024 * 1024];
    scan[0] = 1;
    Message sent =
        asJonas()
            .contacts()
            .startThread(
                StartThreadCommand.toContact(mentorMember, "Papirer", "Her er brevet")
                    .withAttachments(List.of(Attachment.of("brev.pdf", "application/pdf", scan))));
    assertThat(sent.attachments()).hasSize(1);
    Attachment fetched =
        asStaff(mentor).contacts().attachment(sent.thread(), sent.attachments().get(0).id());
    assertThat(fetched.content()).isEqualTo(scan);

    assertThatThrownBy(
            () ->
                asJonas()
                    .contacts()
                    .write(
                        sent.thread(),
                        "Program",
                        List.of(
                            Attachment.of("x.exe", "application/octet-stream", new byte[] {1}))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("contentType");
    assertThatThrownBy(
            () -> Attachment.of("stor.pdf", "application/pdf", new byte[Attachment.MAX_SIZE + 1]))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("content");
    assertThatThrownBy(() -> asJonas().contacts().write(sent.thread(), "Hej\u0007du"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(asStaff(mentor).contacts().messages(sent.thread(), null, 10).items()).hasSize(1);
  }

  @Test
  void a_message_is_withdrawn_within_five_minutes_by_its_author_only_and_shows_as_withdrawn() {
    Message sent =
        asJonas()
            .contacts()
            .startThread(StartThreadCommand.toContact(mentorMember, "Ups", "Forkert besked"));
    assertThatThrownBy(() -> asStaff(mentor).contacts().withdraw(sent.id()))
        .isInstanceOf(UnableToChangeException.class);
    clock.advance(Duration.ofMinutes(4));
    Message withdrawn = asJonas().contacts().withdraw(sent.id());
    assertThat(withdrawn.withdrawn()).isTrue();
    assertThat(asStaff(mentor).contacts().unread()).isZero();
    Message shown = asStaff(mentor).contacts().messages(sent.thread(), null, 10).items().get(0);
    assertThat(shown.withdrawn()).isTrue();
    assertThat(shown.body()).isNull();

    Message late = asJonas().contacts().write(sent.thread(), "Rigtig besked");
    clock.advance(Duration.ofMinutes(6));
    assertThatThrownBy(() -> asJonas().contacts().withdraw(late.id()))
        .isInstanceOf(UnableToChangeException.class);
  }

  @Test
  void an_away_mentor_answers_automatically_naming_the_substitute() {
    asStaff(mentor)
        .contacts()
        .setAutoReply(
            new AutoReply(
                mentor.id(),
                "Jeg er væk til 1. december. Skriv til min kollega:",
                contactPerson.id(),
                clock.instant().plus(Duration.ofDays(7))));
    ThreadId thread =
        asJonas()
            .contacts()
            .startThread(StartThreadCommand.toContact(mentorMember, "Hej", "Er du der?"))
            .thread();

    List<Message> messages = asJonas().contacts().messages(thread, null, 10).items();
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0).autoReply()).isTrue();
    assertThat(messages.get(0).body()).contains("1. december").contains("Mette Sørensen");
    MessageThread after = asJonas().contacts().thread(thread);
    assertThat(after.status()).isEqualTo(ThreadStatus.OPEN);
    assertThat(after.firstResponseAt()).isNull();
  }

  @Test
  void a_staff_member_reads_back_their_own_auto_reply_until_it_ends_or_is_cleared() {
    assertThat(asStaff(mentor).contacts().autoReply(mentor.id())).isEmpty();
    AutoReply reply =
        new AutoReply(
            mentor.id(),
            "Jeg er på kursus. Skriv til min kollega:",
            contactPerson.id(),
            clock.instant().plus(Duration.ofDays(2)));
    asStaff(mentor).contacts().setAutoReply(reply);

    assertThat(asStaff(mentor).contacts().autoReply(mentor.id())).contains(reply);
    // a colleague and the citizen are refused, as for setting it
    assertThatThrownBy(() -> asStaff(contactPerson).contacts().autoReply(mentor.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asJonas().contacts().autoReply(mentor.id()))
        .isInstanceOf(AccessDeniedException.class);

    clock.advance(Duration.ofDays(2));
    assertThat(asStaff(mentor).contacts().autoReply(mentor.id())).as("ended").isEmpty();

    asStaff(mentor)
        .contacts()
        .setAutoReply(
            new AutoReply(
                mentor.id(), "Tilbage i morgen.", null, clock.instant().plusSeconds(3600)));
    assertThat(asStaff(mentor).contacts().autoReply(mentor.id())).isPresent();
    asStaff(mentor).contacts().clearAutoReply(mentor.id());
    assertThat(asStaff(mentor).contacts().autoReply(mentor.id())).as("cleared").isEmpty();
  }

  @Test
  void response_times_show_median_p90_and_overdue_threads_against_the_clock() {
    Instant from = clock.instant();
    asStaff(mentor).inbox().setExpectedReply(treatment.id(), Duration.ofHours(8));
    List<ThreadId> threads = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      threads.add(
          asJonas()
              .contacts()
              .startThread(StartThreadCommand.toContact(inboxMember(), "Spørgsmål " + i, "Hej"))
              .thread());
    }
    // answered after 1, 2, ..., 9 hours; the tenth is never answered
    for (int hour = 1; hour <= 9; hour++) {
      clock.advance(Duration.ofHours(1));
      asStaff(contactPerson).contacts().write(threads.get(hour - 1), "Svar");
      // a second answer does not move the first response time
      asStaff(contactPerson).contacts().write(threads.get(hour - 1), "Og lidt mere");
    }
    clock.advance(Duration.ofHours(1));

    ResponseTimes times =
        asStaff(mentor).inbox().responseTimes(treatment.id(), from, from.plus(Duration.ofDays(1)));

    assertThat(times.opened()).isEqualTo(10);
    assertThat(times.answered()).isEqualTo(9);
    assertThat(times.median()).isEqualTo(Duration.ofHours(5));
    assertThat(times.p90()).isEqualTo(Duration.ofHours(9));
    assertThat(times.expectedReply()).isEqualTo(Duration.ofHours(8));
    assertThat(times.overdue()).extracting(MessageThread::id).containsExactly(threads.get(9));
    // a period of weeks, as a staff page asks for, holds the same threads; a year and a day does
    // not
    ResponseTimes weeks =
        asStaff(mentor)
            .inbox()
            .responseTimes(
                treatment.id(), from.minus(Duration.ofDays(27)), from.plus(Duration.ofDays(1)));
    assertThat(weeks.opened()).isEqualTo(10);
    assertThat(weeks.p90()).isEqualTo(Duration.ofHours(9));
    assertThatThrownBy(
            () ->
                asStaff(mentor)
                    .inbox()
                    .responseTimes(treatment.id(), from, from.plus(Duration.ofDays(367))))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                asStaff(housingAdvisor)
                    .inbox()
                    .responseTimes(treatment.id(), from, from.plus(Duration.ofDays(1))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void a_refused_leave_or_replace_is_audited_and_tells_nothing_of_the_version() {
    long stale = mentorMember.version() + 7;

    assertThatThrownBy(() -> asStaff(housingAdvisor).contacts().leave(mentorMember.id(), stale))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> asStaff(housingAdvisor).contacts().replace(mentorMember.id(), stale, null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asStaff(mentor).contacts().leave(mentorMember.id(), stale))
        .isInstanceOf(dk.borgerdialog.common.ConflictException.class);
    assertThat(store.auditLog().about(jonas.id(), 200))
        .filteredOn(r -> !r.allowed())
        .extracting(AuditRecord::operation)
        .containsExactly(Operation.MANAGE_CARE_TEAM, Operation.MANAGE_CARE_TEAM);
  }

  @Test
  void a_relative_asking_for_the_unread_count_is_refused_and_audited() {
    Actor relative =
        Actor.relative(
            dk.borgerdialog.relative.model.RelativeId.random(),
            jonas.id(),
            AssuranceLevel.SUBSTANTIAL);

    assertThatThrownBy(() -> dialog.as(relative).contacts().unread())
        .isInstanceOf(AccessDeniedException.class);
    assertThat(store.auditLog().about(jonas.id(), 200))
        .filteredOn(r -> !r.allowed())
        .extracting(AuditRecord::operation)
        .containsExactly(Operation.READ_MESSAGES);
  }

  static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      sleep(50);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
