package dk.borgerdialog.reliability.support;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.Session;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.calendar.model.FeedToken;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.contact.application.JoinCareTeamCommand;
import dk.borgerdialog.contact.application.StartThreadCommand;
import dk.borgerdialog.contact.model.Attachment;
import dk.borgerdialog.contact.model.AttachmentId;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.MessageId;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.material.application.AttachMaterialCommand;
import dk.borgerdialog.material.model.MaterialAttachment;
import dk.borgerdialog.material.model.MaterialItemId;
import dk.borgerdialog.material.model.MaterialVariant;
import dk.borgerdialog.material.model.ReleaseRule;
import dk.borgerdialog.network.application.PublishActivityCommand;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.network.model.Frequency;
import dk.borgerdialog.network.model.Interest;
import dk.borgerdialog.network.model.Organiser;
import dk.borgerdialog.network.model.OrganiserId;
import dk.borgerdialog.network.model.OrganiserKind;
import dk.borgerdialog.network.model.Place;
import dk.borgerdialog.network.model.Price;
import dk.borgerdialog.network.model.Schedule;
import dk.borgerdialog.network.model.SignupId;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.plan.model.CourseId;
import dk.borgerdialog.relative.application.GrantAccessCommand;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.Scope;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The data of the capabilities that came after the plan, seeded through the SDK in a {@link Seed}'s
 * municipality: a care team (the caseworker as contact person and the unit inbox), a thread to the
 * caseworker with an attachment and one to the unit inbox, a material item released by hand, an
 * organiser with a weekly activity and the citizen's signup, a calendar feed and a relative's grant
 * with every scope. Every message body written is registered with {@link LogLeaks}.
 *
 * @param member the caseworker's care team membership
 * @param thread the citizen's thread to the caseworker
 * @param message the citizen's first message in it
 * @param attachment the attachment of that message
 * @param inboxThread the citizen's thread to the unit inbox
 * @param item a material item attached to the course and released by hand
 * @param organiser the unit's organiser
 * @param activity a weekly activity with room for 20
 * @param occurrence the first occurrence of the activity
 * @param signup the citizen's signup for the first occurrence
 * @param feed a calendar feed token of the citizen
 * @param grant a relative's grant with every scope, without expiry
 * @param interest the code of an interest the municipality defined
 */
public record Capabilities(
    CareTeamMember member,
    ThreadId thread,
    MessageId message,
    AttachmentId attachment,
    ThreadId inboxThread,
    MaterialItemId item,
    OrganiserId organiser,
    ActivityId activity,
    Instant occurrence,
    SignupId signup,
    FeedToken feed,
    RelativeGrant grant,
    String interest) {

  /** The zone the activities are scheduled in. */
  public static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

  /**
   * A message body that must never appear in a log line: registered with {@link LogLeaks}.
   *
   * @param text what the message says
   * @return the body, distinct from every other
   */
  public static String body(String text) {
    String body = text + " (" + UUID.randomUUID().toString().substring(0, 8) + ")";
    LogLeaks.secret(body);
    return body;
  }

  /**
   * Seeds the capabilities for the citizen of a seed.
   *
   * @param dialog the SDK
   * @param seed the municipality
   * @param booked the citizen with an open course
   * @param clock the clock the SDK runs on
   * @return what was seeded
   */
  public static Capabilities seed(Borgerdialog dialog, Seed seed, Seed.Booked booked, Clock clock) {
    CitizenId citizen = booked.citizen();
    CourseId course = booked.course().id();
    Session staff = dialog.as(Actor.staff(seed.caseworker(), AssuranceLevel.SUBSTANTIAL));
    Session asCitizen = dialog.as(Actor.citizen(citizen, AssuranceLevel.SUBSTANTIAL));
    Session system = dialog.as(Actor.system("seed"));

    CareTeamMember member =
        staff
            .contacts()
            .join(
                JoinCareTeamCommand.staff(
                    course,
                    seed.caseworker(),
                    StaffRole.CONTACT_PERSON,
                    CareTeamMember.Reachability.writtenWithin(Duration.ofDays(2))));
    staff
        .contacts()
        .join(
            JoinCareTeamCommand.unitInbox(
                course,
                new StaffRole("radgivning"),
                CareTeamMember.Reachability.writtenWithin(Duration.ofDays(1))));
    Attachment file =
        Attachment.of(
            "henvisning.txt",
            "text/plain",
            "Henvisning til samtale".getBytes(StandardCharsets.UTF_8));
    Message first =
        asCitizen
            .contacts()
            .startThread(
                StartThreadCommand.toContact(
                        member, "Samtalen", body("Kan vi tale om min plan i næste uge?"))
                    .withAttachments(List.of(file)));
    staff.contacts().write(first.thread(), body("Ja, jeg ringer til dig på tirsdag."));
    Message toInbox =
        asCitizen
            .contacts()
            .startThread(
                StartThreadCommand.toInbox(
                    citizen, seed.unit(), "Medicin", body("Hvornår kan jeg hente min medicin?")));

    MaterialItemId item =
        system
            .material()
            .attach(
                AttachMaterialCommand.text(
                    MaterialAttachment.course(course),
                    ReleaseRule.byHand(),
                    MaterialVariant.text(
                        Language.DA, "Før samtalen", "Tænk over, hvad der er vigtigt for dig.")))
            .id();
    system.material().release(course, item);

    String interest = "walking";
    system
        .network()
        .defineInterest(seed.municipality().id(), new Interest(interest, "Gåture", "Walks"));
    Organiser organiser =
        staff
            .network()
            .registerOrganiser(
                seed.unit(), OrganiserKind.MUNICIPAL_UNIT, "Borgercenter Nord", null, null);
    LocalDateTime firstStart =
        LocalDateTime.ofInstant(clock.instant(), CPH).toLocalDate().plusDays(3).atTime(10, 0);
    Activity activity =
        staff.network().publish(activity(organiser.id(), "Gåtur i parken", firstStart, 20));
    Instant occurrence = firstStart.atZone(CPH).toInstant();
    SignupId signup = asCitizen.network().signUp(citizen, activity.id(), occurrence).id();
    FeedToken feed = system.calendar().issueFeed(citizen);
    RelativeGrant grant =
        asCitizen
            .relatives()
            .grant(
                GrantAccessCommand.consent(
                    citizen,
                    ExternalRef.of("mitid", "R-" + UUID.randomUUID()),
                    "Anna Holm",
                    "datter",
                    EnumSet.allOf(Scope.class),
                    null));
    return new Capabilities(
        member,
        first.thread(),
        first.id(),
        first.attachments().get(0).id(),
        toInbox.thread(),
        item,
        organiser.id(),
        activity.id(),
        occurrence,
        signup,
        feed,
        grant,
        interest);
  }

  /**
   * A weekly activity of an hour, free, open for signups until two hours before.
   *
   * @param organiser the organiser
   * @param title the title
   * @param firstStart the local start of the first occurrence
   * @param capacity the seats
   * @return the command
   */
  public static PublishActivityCommand activity(
      OrganiserId organiser, String title, LocalDateTime firstStart, int capacity) {
    return new PublishActivityCommand(
        organiser,
        title,
        "Vi går en tur sammen og drikker kaffe bagefter.",
        List.of("walking"),
        Place.at("Nørrebrogade 10, 2200 København N", "Nørrebro"),
        Schedule.recurring(firstStart, Duration.ofHours(1), CPH, Frequency.WEEKLY, null),
        capacity,
        null,
        null,
        Price.free(),
        Duration.ofHours(2));
  }
}
