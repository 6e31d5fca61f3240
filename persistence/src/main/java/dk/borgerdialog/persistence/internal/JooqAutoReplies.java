package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.AUTO_REPLY;

import dk.borgerdialog.contact.model.AutoReplies;
import dk.borgerdialog.contact.model.AutoReply;
import dk.borgerdialog.organisation.model.StaffMemberId;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Staff members' auto-replies in jOOQ. */
public final class JooqAutoReplies implements AutoReplies {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqAutoReplies(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void set(AutoReply reply) {
    Objects.requireNonNull(reply, "reply");
    var substitute = reply.substitute() == null ? null : reply.substitute().value();
    try {
      dsl.insertInto(AUTO_REPLY)
          .set(AUTO_REPLY.STAFF_MEMBER_ID, reply.staffMember().value())
          .set(AUTO_REPLY.TEXT, reply.text())
          .set(AUTO_REPLY.SUBSTITUTE_ID, substitute)
          .set(AUTO_REPLY.UNTIL_AT, reply.until())
          .onConflict(AUTO_REPLY.STAFF_MEMBER_ID)
          .doUpdate()
          .set(AUTO_REPLY.TEXT, reply.text())
          .set(AUTO_REPLY.SUBSTITUTE_ID, substitute)
          .set(AUTO_REPLY.UNTIL_AT, reply.until())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(
          e, "the auto-reply of " + reply.staffMember() + " was set concurrently");
    }
  }

  @Override
  public void clear(StaffMemberId staffMember) {
    Objects.requireNonNull(staffMember, "staffMember");
    dsl.deleteFrom(AUTO_REPLY).where(AUTO_REPLY.STAFF_MEMBER_ID.eq(staffMember.value())).execute();
  }

  @Override
  public Optional<AutoReply> of(StaffMemberId staffMember) {
    return dsl.selectFrom(AUTO_REPLY)
        .where(AUTO_REPLY.STAFF_MEMBER_ID.eq(staffMember.value()))
        .fetchOptional(
            r ->
                new AutoReply(
                    new StaffMemberId(r.getStaffMemberId()),
                    r.getText(),
                    r.getSubstituteId() == null ? null : new StaffMemberId(r.getSubstituteId()),
                    r.getUntilAt()));
  }
}
