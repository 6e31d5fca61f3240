package dk.borgerdialog.internal;

import dk.borgerdialog.ContactOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.contact.application.ExchangingMessages;
import dk.borgerdialog.contact.application.JoinCareTeamCommand;
import dk.borgerdialog.contact.application.ManagingCareTeams;
import dk.borgerdialog.contact.application.StartThreadCommand;
import dk.borgerdialog.contact.model.Attachment;
import dk.borgerdialog.contact.model.AttachmentId;
import dk.borgerdialog.contact.model.AutoReply;
import dk.borgerdialog.contact.model.Byline;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.CareTeamMemberId;
import dk.borgerdialog.contact.model.Cursor;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.MessageId;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.contact.model.Page;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.plan.model.CourseId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@link ContactOperations} bound to one actor. */
final class ActorContactOperations implements ContactOperations {
  private final Actor actor;
  private final ManagingCareTeams teams;
  private final ExchangingMessages messages;

  ActorContactOperations(Actor actor, ManagingCareTeams teams, ExchangingMessages messages) {
    this.actor = actor;
    this.teams = teams;
    this.messages = messages;
  }

  @Override
  public List<CareTeamMember> contacts(CitizenId citizen) {
    return teams.contacts(actor, citizen);
  }

  @Override
  public List<CareTeamMember> careTeam(CourseId course) {
    return teams.team(actor, course);
  }

  @Override
  public CareTeamMember join(JoinCareTeamCommand command) {
    return teams.join(actor, command);
  }

  @Override
  public CareTeamMember leave(CareTeamMemberId member, long expectedVersion) {
    return teams.leave(actor, member, expectedVersion);
  }

  @Override
  public CareTeamMember replace(
      CareTeamMemberId member, long expectedVersion, @Nullable StaffMemberId successor) {
    return teams.replace(actor, member, expectedVersion, successor);
  }

  @Override
  public Message startThread(StartThreadCommand command) {
    return messages.start(actor, command);
  }

  @Override
  public Message write(ThreadId thread, String body, List<Attachment> attachments) {
    return messages.write(actor, thread, body, attachments);
  }

  @Override
  public Message withdraw(MessageId message) {
    return messages.withdraw(actor, message);
  }

  @Override
  public Map<MessageId, Byline> bylines(ThreadId thread, List<Message> messages) {
    return this.messages.bylines(actor, thread, messages);
  }

  @Override
  public MessageThread thread(ThreadId thread) {
    return messages.thread(actor, thread);
  }

  @Override
  public Page<Message> messages(ThreadId thread, @Nullable Cursor after, int limit) {
    return messages.messages(actor, thread, after, limit);
  }

  @Override
  public Attachment attachment(ThreadId thread, AttachmentId attachment) {
    return messages.attachment(actor, thread, attachment);
  }

  @Override
  public Page<MessageThread> threads(CitizenId citizen, @Nullable Cursor after, int limit) {
    return messages.threadsOf(actor, citizen, after, limit);
  }

  @Override
  public Page<MessageThread> threadsOf(
      StaffMemberId staffMember, @Nullable Cursor after, int limit) {
    return messages.threadsOfStaffMember(actor, staffMember, after, limit);
  }

  @Override
  public int unread() {
    return messages.unread(actor);
  }

  @Override
  public void setAutoReply(AutoReply reply) {
    messages.setAutoReply(actor, reply);
  }

  @Override
  public Optional<AutoReply> autoReply(StaffMemberId staffMember) {
    return messages.autoReply(actor, staffMember);
  }

  @Override
  public void clearAutoReply(StaffMemberId staffMember) {
    messages.clearAutoReply(actor, staffMember);
  }
}
