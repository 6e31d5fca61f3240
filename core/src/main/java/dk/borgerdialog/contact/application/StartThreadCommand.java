package dk.borgerdialog.contact.application;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.contact.model.Attachment;
import dk.borgerdialog.contact.model.CareTeamMember;
import dk.borgerdialog.contact.model.Message;
import dk.borgerdialog.contact.model.MessageThread;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.CourseId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Starts a thread with its first message.
 *
 * @param citizen the citizen the thread is with
 * @param unit the unit whose inbox receives it, or that the staff member answers for
 * @param addressee the staff member, or null for the unit inbox
 * @param course the course it is about, or null
 * @param appointment the appointment it is about, or null
 * @param subject the subject
 * @param body the first message
 * @param attachments the first message's attachments
 */
public record StartThreadCommand(
    CitizenId citizen,
    UnitId unit,
    @Nullable StaffMemberId addressee,
    @Nullable CourseId course,
    @Nullable AppointmentId appointment,
    String subject,
    String body,
    List<Attachment> attachments) {

  /** Validates the command. */
  public StartThreadCommand {
    Check.notNull("citizen", citizen);
    Check.notNull("unit", unit);
    subject = Check.text("subject", subject, MessageThread.MAX_SUBJECT_LENGTH);
    body = Message.checkedBody(body);
    attachments = List.copyOf(Check.list("attachments", attachments));
    Check.that(
        attachments.size() <= Attachment.MAX_PER_MESSAGE,
        "attachments",
        "must be at most " + Attachment.MAX_PER_MESSAGE);
  }

  /**
   * A citizen writes to a member of their care team: the staff member, or the unit inbox.
   *
   * @param contact the member
   * @param subject the subject
   * @param body the message
   * @return the command, tied to the member's course
   */
  public static StartThreadCommand toContact(CareTeamMember contact, String subject, String body) {
    return new StartThreadCommand(
        contact.citizen(),
        contact.unit(),
        contact.staffMember(),
        contact.course(),
        null,
        subject,
        body,
        List.of());
  }

  /**
   * A thread to a unit inbox.
   *
   * @param citizen the citizen
   * @param unit the unit
   * @param subject the subject
   * @param body the message
   * @return the command
   */
  public static StartThreadCommand toInbox(
      CitizenId citizen, UnitId unit, String subject, String body) {
    return new StartThreadCommand(citizen, unit, null, null, null, subject, body, List.of());
  }

  /**
   * A thread addressed to one staff member.
   *
   * @param citizen the citizen
   * @param unit the unit the staff member answers for
   * @param staffMember the staff member
   * @param subject the subject
   * @param body the message
   * @return the command
   */
  public static StartThreadCommand toStaffMember(
      CitizenId citizen, UnitId unit, StaffMemberId staffMember, String subject, String body) {
    return new StartThreadCommand(citizen, unit, staffMember, null, null, subject, body, List.of());
  }

  /**
   * The same command with attachments.
   *
   * @param files the attachments
   * @return the command
   */
  public StartThreadCommand withAttachments(List<Attachment> files) {
    return new StartThreadCommand(
        citizen, unit, addressee, course, appointment, subject, body, files);
  }

  /**
   * The same command tied to an appointment.
   *
   * @param about the appointment
   * @return the command
   */
  public StartThreadCommand about(AppointmentId about) {
    return new StartThreadCommand(
        citizen, unit, addressee, course, about, subject, body, attachments);
  }
}
