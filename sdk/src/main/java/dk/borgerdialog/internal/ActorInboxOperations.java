package dk.borgerdialog.internal;

import dk.borgerdialog.InboxOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.contact.application.ExchangingMessages;
import dk.borgerdialog.contact.application.ManagingCareTeams;
import dk.borgerdialog.contact.application.ViewingResponseTimes;
import dk.borgerdialog.contact.model.Cursor;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.contact.model.Page;
import dk.borgerdialog.contact.model.ResponseTimes;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** {@link InboxOperations} bound to one actor. */
final class ActorInboxOperations implements InboxOperations {
  private final Actor actor;
  private final ExchangingMessages messages;
  private final ManagingCareTeams teams;
  private final ViewingResponseTimes responseTimes;

  ActorInboxOperations(
      Actor actor,
      ExchangingMessages messages,
      ManagingCareTeams teams,
      ViewingResponseTimes responseTimes) {
    this.actor = actor;
    this.messages = messages;
    this.teams = teams;
    this.responseTimes = responseTimes;
  }

  @Override
  public Page<MessageThread> inbox(UnitId unit, @Nullable Cursor after, int limit) {
    return messages.inbox(actor, unit, after, limit);
  }

  @Override
  public int unread(UnitId unit) {
    return messages.unreadInInbox(actor, unit);
  }

  @Override
  public MessageThread assign(ThreadId thread, @Nullable StaffMemberId assignee) {
    return messages.assign(actor, thread, assignee);
  }

  @Override
  public MessageThread close(ThreadId thread) {
    return messages.close(actor, thread);
  }

  @Override
  public void setExpectedReply(UnitId unit, Duration expectedReply) {
    teams.setExpectedReply(actor, unit, expectedReply);
  }

  @Override
  public ResponseTimes responseTimes(UnitId unit, Instant from, Instant to) {
    return responseTimes.responseTimes(actor, unit, from, to);
  }
}
