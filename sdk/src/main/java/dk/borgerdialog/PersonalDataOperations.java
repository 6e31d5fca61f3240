package dk.borgerdialog;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.gdpr.application.ErasureReport;
import dk.borgerdialog.gdpr.application.PersonalDataExport;

/**
 * The citizen's rights over their data under the GDPR, as one actor: an export of everything held
 * about them (the citizen or the system) and erasure (the system).
 *
 * <p>The export's JSON structure is documented in docs/SECURITY.md.
 */
public interface PersonalDataOperations {

  /**
   * Everything held about a citizen (Art. 15 and 20).
   *
   * @param citizen the citizen
   * @return the export
   * @throws dk.borgerdialog.common.NoSuchEntityException if the citizen does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen or the system
   */
  PersonalDataExport export(CitizenId citizen);

  /**
   * Everything held about a citizen as one JSON document, in UTF-8 text.
   *
   * @param citizen the citizen
   * @return the document
   * @throws dk.borgerdialog.common.NoSuchEntityException if the citizen does not exist
   * @throws dk.borgerdialog.common.AccessDeniedException unless the citizen or the system
   */
  String exportJson(CitizenId citizen);

  /**
   * Erases a citizen's personal data (Art. 17), where the law allows it: every course must be
   * closed. The citizen is anonymised, their data deleted, and the audit records about them kept
   * with their content stripped.
   *
   * @param citizen the citizen
   * @return what was erased, per kind
   * @throws dk.borgerdialog.common.NoSuchEntityException if the citizen does not exist
   * @throws dk.borgerdialog.common.UnableToChangeException if a course is not closed
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  ErasureReport erase(CitizenId citizen);

  /**
   * Purges now what is past its retention, as the scheduled purge does (see the builder's {@code
   * retention(...)} settings): kind by kind, in batches of one transaction each, every batch
   * audited. Idempotent: a second call at the same instant purges nothing.
   *
   * @return what was purged, per kind
   * @throws dk.borgerdialog.common.AccessDeniedException unless the system
   */
  dk.borgerdialog.retention.application.PurgeReport purgeExpired();
}
