package dk.borgerdialog.internal;

import dk.borgerdialog.AuditOperations;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AuditVerification;
import dk.borgerdialog.audit.application.AccessLogPage;
import dk.borgerdialog.audit.application.ViewingAccessLog;
import dk.borgerdialog.citizen.model.CitizenId;

/** {@link AuditOperations} bound to one actor. */
final class ActorAuditOperations implements AuditOperations {
  private final Actor actor;
  private final ViewingAccessLog log;

  ActorAuditOperations(Actor actor, ViewingAccessLog log) {
    this.actor = actor;
    this.log = log;
  }

  @Override
  public AccessLogPage accessLog(CitizenId citizen, int page) {
    return log.page(actor, citizen, page);
  }

  @Override
  public AuditVerification verifyTrail() {
    return log.verify(actor);
  }
}
