package dk.borgerdialog.examples.portal;

import dk.borgerdialog.audit.application.AccessLogEntry;
import dk.borgerdialog.audit.application.AccessLogPage;
import dk.borgerdialog.insight.model.UnitInsights;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentMode;
import dk.borgerdialog.plan.model.CitizenOverview;
import dk.borgerdialog.plan.model.CourseSummary;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.Participant;
import dk.borgerdialog.plan.model.UpcomingAppointment;
import dk.borgerdialog.reminder.model.ContactPreferences;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the API: plain records made from the SDK's types, so that the JSON is stable
 * and holds only what a page shows (never a CPR number). Times are ISO 8601 with the offset of the
 * citizen's zone.
 */
final class Views {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private Views() {}

  static String time(Instant instant, ZoneId zone) {
    return ISO.format(instant.atZone(zone));
  }

  static @Nullable String timeOrNull(@Nullable Instant instant, ZoneId zone) {
    return instant == null ? null : time(instant, zone);
  }

  /** Where an appointment or slot takes place. */
  record Mode(String code, @Nullable String address, @Nullable String link) {
    static Mode of(AppointmentMode mode) {
      if (mode instanceof AppointmentMode.InPerson p) {
        return new Mode(mode.code(), p.address(), null);
      }
      if (mode instanceof AppointmentMode.Video v) {
        return new Mode(mode.code(), null, v.link());
      }
      return new Mode(mode.code(), null, null);
    }
  }

  /** A staff member as the citizen sees them. */
  record Person(String name, @Nullable String title) {}

  /** An appointment still to come, with what the citizen may do. */
  record UpcomingView(
      String id,
      long version,
      String course,
      String unit,
      String unitName,
      String type,
      String start,
      String end,
      Mode mode,
      List<Person> participants,
      String status,
      String changeDeadline,
      boolean mayMove,
      boolean mayCancel) {

    static UpcomingView of(UpcomingAppointment u, Instant now, ZoneId zone) {
      Appointment a = u.appointment();
      return new UpcomingView(
          a.id().toString(),
          a.version(),
          a.course().toString(),
          a.unit().toString(),
          u.unitPublicName(),
          a.type().code(),
          time(a.start(), zone),
          time(a.end(), zone),
          Mode.of(a.mode()),
          u.participants().stream().map(p -> new Person(p.name(), p.title())).toList(),
          a.status().name(),
          time(u.changeDeadline(zone), zone),
          u.citizenMayMove(now, zone),
          u.citizenMayCancel(now, zone));
    }
  }

  /** A plan item. */
  record PlanItemView(String kind, String text) {}

  /** A preference the citizen stated. */
  record PreferenceView(String kind, String text, String statedAt) {}

  /** A course with its plan. */
  record CourseView(
      String id,
      String template,
      String kind,
      String unitName,
      String state,
      List<PlanItemView> planItems,
      List<PreferenceView> preferences) {

    static CourseView of(CourseSummary c, ZoneId zone) {
      return new CourseView(
          c.course().id().toString(),
          c.templateName(),
          c.kind().name(),
          c.unitPublicName(),
          c.course().state().name(),
          c.planItems().stream().map(i -> new PlanItemView(i.kind().name(), i.text())).toList(),
          c.preferences().stream()
              .map(p -> new PreferenceView(p.kind().name(), p.text(), time(p.statedAt(), zone)))
              .toList());
    }
  }

  /** An in-app notification. */
  record NotificationView(String id, String subject, String body, String createdAt, boolean read) {
    static NotificationView of(InAppNotification n, ZoneId zone) {
      return new NotificationView(
          n.id().toString(), n.subject(), n.body(), time(n.createdAt(), zone), n.readAt() != null);
    }
  }

  /** Min planlægning. */
  record OverviewView(
      String citizen,
      String name,
      String language,
      String zone,
      @Nullable UpcomingView next,
      List<UpcomingView> upcoming,
      List<CourseView> courses,
      List<NotificationView> notifications,
      int unreadNotifications) {

    static OverviewView of(CitizenOverview o, Instant now) {
      ZoneId zone = o.zone();
      List<UpcomingView> upcoming =
          o.upcoming().stream().map(u -> UpcomingView.of(u, now, zone)).toList();
      return new OverviewView(
          o.citizen().toString(),
          o.name(),
          o.language().name(),
          zone.getId(),
          upcoming.isEmpty() ? null : upcoming.get(0),
          upcoming,
          o.courses().stream().map(c -> CourseView.of(c, zone)).toList(),
          o.notifications().stream().map(n -> NotificationView.of(n, zone)).toList(),
          o.unreadNotifications());
    }
  }

  /** A free slot. */
  record SlotView(
      String id,
      String unit,
      String type,
      String start,
      String end,
      Mode mode,
      @Nullable String staffMember) {
    static SlotView of(FreeSlot s, ZoneId zone, Function<FreeSlot, @Nullable String> staffName) {
      return new SlotView(
          s.id().toString(),
          s.unit().toString(),
          s.type().code(),
          time(s.start(), zone),
          time(s.end(), zone),
          Mode.of(s.mode()),
          staffName.apply(s));
    }
  }

  /** Contact preferences. */
  record ContactView(
      List<String> channels,
      @Nullable String email,
      @Nullable String phone,
      QuietView quietHours,
      List<String> optedOut,
      long version) {
    static ContactView of(ContactPreferences p) {
      return new ContactView(
          p.channels().stream().map(Enum::name).toList(),
          p.email(),
          p.phone(),
          new QuietView(HH_MM.format(p.quietHours().from()), HH_MM.format(p.quietHours().to())),
          p.optedOut().stream().map(Enum::name).sorted().toList(),
          p.version());
    }
  }

  /** Quiet hours as local times. */
  record QuietView(String from, String to) {}

  /** An appointment on staff's list of the day. */
  record StaffAppointmentView(
      String id,
      long version,
      String citizen,
      String citizenName,
      String type,
      String start,
      String end,
      Mode mode,
      List<Person> participants,
      String status,
      boolean mayMark) {

    static StaffAppointmentView of(
        Appointment a,
        String citizenName,
        List<Participant> participants,
        Instant now,
        ZoneId zone) {
      return new StaffAppointmentView(
          a.id().toString(),
          a.version(),
          a.citizen().toString(),
          citizenName,
          a.type().code(),
          time(a.start(), zone),
          time(a.end(), zone),
          Mode.of(a.mode()),
          participants.stream().map(p -> new Person(p.name(), p.title())).toList(),
          a.status().name(),
          !now.isBefore(a.start()));
    }
  }

  /** A unit's figures. */
  record InsightsView(
      String unit,
      String from,
      String to,
      long appointments,
      long attended,
      long noShows,
      double noShowRate,
      long cancellations,
      Map<String, Long> cancellationsByReason,
      long rebooked,
      long markedWithReminder,
      double noShowRateWithReminder,
      long markedWithoutReminder,
      double noShowRateWithoutReminder) {
    static InsightsView of(UnitInsights i, ZoneId zone) {
      Map<String, Long> byReason = new LinkedHashMap<>();
      i.cancellationsByReason().forEach((code, n) -> byReason.put(code.name(), n));
      return new InsightsView(
          i.unit().toString(),
          time(i.from(), zone),
          time(i.to(), zone),
          i.appointments(),
          i.attended(),
          i.noShows(),
          i.noShowRate(),
          i.cancellations(),
          byReason,
          i.rebooked(),
          i.markedWithReminder(),
          i.noShowRateWithReminder(),
          i.markedWithoutReminder(),
          i.noShowRateWithoutReminder());
    }
  }

  /**
   * A page of the citizen's access log.
   *
   * @param entries the accesses, newest first
   * @param page the page's number, from 0
   * @param hasMore whether an older page follows
   */
  record AccessLogView(List<AccessView> entries, int page, boolean hasMore) {
    static AccessLogView of(AccessLogPage log, ZoneId zone) {
      return new AccessLogView(
          log.entries().stream().map(e -> AccessView.of(e, zone)).toList(),
          log.page(),
          log.hasMore());
    }
  }

  /**
   * One access to the citizen's data.
   *
   * @param at when
   * @param actorKind CITIZEN, STAFF, RELATIVE or SYSTEM
   * @param who the name of the person or system
   * @param role a staff member's title or role, a relative's relation, or null
   * @param onBehalfOf whether a relative acted for the citizen
   * @param purpose why, in plain language
   */
  record AccessView(
      String at,
      String actorKind,
      String who,
      @Nullable String role,
      boolean onBehalfOf,
      String purpose) {
    static AccessView of(AccessLogEntry e, ZoneId zone) {
      return new AccessView(
          time(e.at(), zone),
          e.actorKind().name(),
          e.who(),
          e.role(),
          e.onBehalfOf(),
          e.purposeText());
    }
  }
}
