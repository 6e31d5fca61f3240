package dk.borgerdialog.examples.portal;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.contact.model.AttachmentInfo;
import dk.borgerdialog.contact.model.Byline;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.contact.model.ResponseTimes;
import dk.borgerdialog.contact.model.Side;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.Scope;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of Mine kontakter, the unit inbox, response times and relatives' grants. Like
 * {@link Views}, plain records made from the SDK's types; names the SDK does not hold (staff, the
 * citizen, a relative) come from the host's directory.
 */
final class ContactViews {
  private ContactViews() {}

  /** A member of the citizen's care team, or a unit's shared inbox on it. */
  record ContactView(
      String id,
      String name,
      String role,
      @Nullable String title,
      @Nullable String phone,
      @Nullable String phoneHours,
      long expectedReplyHours,
      String unitName,
      String course,
      boolean inbox,
      long version) {
    static ContactView of(CareTeamMember m, String unitName) {
      return new ContactView(
          m.id().toString(),
          m.displayName(),
          m.role().code(),
          m.title(),
          m.reachability().phone(),
          m.reachability().phoneHours(),
          m.reachability().expectedReply().toHours(),
          unitName,
          m.course().toString(),
          m.isUnitInbox(),
          m.version());
    }
  }

  /**
   * A thread as one side sees it.
   *
   * @param with who the citizen writes with: a staff member's name or the unit's public name
   * @param citizenName for staff, whose thread it is
   * @param assignee for staff, who of the unit has taken an inbox thread
   * @param unread the messages the reading side has not read
   * @param waitingSince since when the citizen has waited for an answer
   */
  record ThreadView(
      String id,
      String subject,
      String with,
      String citizenName,
      boolean inbox,
      @Nullable String assignee,
      @Nullable String assigneeName,
      String status,
      String openedAt,
      String lastMessageAt,
      int unread,
      @Nullable String waitingSince,
      long version) {
    static ThreadView of(MessageThread t, Side reader, Names names, ZoneId zone) {
      return new ThreadView(
          t.id().toString(),
          t.subject(),
          t.addressee() != null ? names.staff(t.addressee().value()) : names.unit(t.unit()),
          names.citizen(t.citizen().value()),
          t.inUnitInbox(),
          t.assignee() == null ? null : t.assignee().toString(),
          t.assignee() == null ? null : names.staff(t.assignee().value()),
          t.status().name(),
          Views.time(t.openedAt(), zone),
          Views.time(t.lastMessageAt(), zone),
          reader == Side.CITIZEN ? t.citizenUnread() : t.staffUnread(),
          Views.timeOrNull(t.oldestUnansweredAt(), zone),
          t.version());
    }
  }

  /**
   * A message of a thread.
   *
   * @param author the author's name, or null for an automatic reply
   * @param mine whether the reader wrote it
   * @param body the text, or null once withdrawn
   * @param mayWithdraw whether the reader may still withdraw it
   * @param byline for a message a relative wrote for the citizen, "Written by Anna Holm, datter,
   *     for Karen Holm" in Danish and English; otherwise null
   */
  record MessageView(
      String id,
      String thread,
      String side,
      @Nullable String author,
      boolean mine,
      boolean autoReply,
      @Nullable String body,
      String sentAt,
      @Nullable String withdrawnAt,
      boolean mayWithdraw,
      @Nullable BylineView byline,
      List<AttachmentView> attachments) {
    static MessageView of(Message m, boolean mine, Byline byline, Instant now, ZoneId zone) {
      return new MessageView(
          m.id().toString(),
          m.thread().toString(),
          m.side().name(),
          m.autoReply() ? null : byline.name(),
          mine,
          m.autoReply(),
          m.body(),
          Views.time(m.sentAt(), zone),
          Views.timeOrNull(m.withdrawnAt(), zone),
          mine && m.withdrawableAt(now),
          byline.kind() == ActorKind.RELATIVE
              ? new BylineView(byline.text(Language.DA), byline.text(Language.EN))
              : null,
          m.attachments().stream().map(a -> AttachmentView.of(m, a)).toList());
    }
  }

  /**
   * An attachment's description, with the API path it downloads from.
   *
   * @param fileName the name the sender gave it: shown, never used as a path
   * @param size its size in bytes
   */
  record AttachmentView(
      String id, String fileName, String contentType, long size, String download) {
    static AttachmentView of(Message m, AttachmentInfo a) {
      return new AttachmentView(
          a.id().toString(),
          a.fileName(),
          a.contentType(),
          a.size(),
          "/api/threads/" + m.thread() + "/attachments/" + a.id());
    }
  }

  /**
   * A byline in both languages of the page.
   *
   * @param da in Danish
   * @param en in English
   */
  record BylineView(String da, String en) {}

  /** A thread with a page of its messages, newest first. */
  record ThreadPageView(ThreadView thread, List<MessageView> messages, @Nullable String next) {}

  /** A page of threads, newest first, and the reader's unread messages in all of them. */
  record ThreadsView(List<ThreadView> threads, @Nullable String next, int unread) {}

  /** A unit's response times, in minutes; the threads waiting longer than the unit promises. */
  record ResponseTimesView(
      String from,
      String to,
      int opened,
      int answered,
      @Nullable Long medianMinutes,
      @Nullable Long p90Minutes,
      long expectedReplyHours,
      List<ThreadView> overdue) {
    static ResponseTimesView of(ResponseTimes r, Names names, ZoneId zone) {
      return new ResponseTimesView(
          Views.time(r.from(), zone),
          Views.time(r.to(), zone),
          r.opened(),
          r.answered(),
          minutes(r.median()),
          minutes(r.p90()),
          r.expectedReply().toHours(),
          r.overdue().stream().map(t -> ThreadView.of(t, Side.STAFF, names, zone)).toList());
    }

    private static @Nullable Long minutes(@Nullable Duration d) {
      return d == null ? null : d.toMinutes();
    }
  }

  /** A course of a unit's citizen with the citizen's progress through its material. */
  record CourseProgressView(
      String course,
      String citizenName,
      String template,
      List<NetworkViews.ItemStatusView> items) {}

  /** A grant a citizen gave a relative, or staff registered. */
  record GrantView(
      String id,
      String relativeName,
      String relation,
      List<String> scopes,
      String basis,
      String grantedAt,
      @Nullable String expiresAt,
      @Nullable String revokedAt,
      boolean active,
      long version) {
    static GrantView of(RelativeGrant g, String relativeName, Instant now, ZoneId zone) {
      return new GrantView(
          g.id().toString(),
          relativeName,
          g.relation(),
          g.scopes().stream().sorted().map(Scope::name).toList(),
          g.basis().kind().name(),
          Views.time(g.grantedAt(), zone),
          Views.timeOrNull(g.expiresAt(), zone),
          Views.timeOrNull(g.revokedAt(), zone),
          g.isActiveAt(now),
          g.version());
    }
  }

  /** Names the SDK does not hold: the host knows its staff, citizens and units. */
  interface Names {
    String staff(java.util.UUID id);

    String citizen(java.util.UUID id);

    String unit(dk.borgerdialog.organisation.model.UnitId unit);
  }
}
