package dk.borgerdialog;

import dk.borgerdialog.access.AuditVerification;
import dk.borgerdialog.audit.application.AccessLogPage;
import dk.borgerdialog.citizen.model.CitizenId;

/**
 * The audit trail, as one actor: the citizen's access log, and the verification of the trail's hash
 * chain (the system).
 */
public interface AuditOperations {

  /**
   * One page of the citizen's access log ("who has looked at my data"), newest first, with staff by
   * name and role, relatives by name and relation, and the purpose in the citizen's language.
   *
   * @param citizen the citizen
   * @param page the page, from 0 (the newest)
   * @return the page
   * @throws dk.borgerdialog.common.InvalidInputException if the page is negative
   * @throws dk.borgerdialog.common.NoSuchEntityException if the citizen does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen or the system
   */
  AccessLogPage accessLog(CitizenId citizen, int page);

  /**
   * Verifies the whole audit trail: a changed or deleted record is reported.
   *
   * @return the result
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  AuditVerification verifyTrail();
}
