package dk.borgerdialog.access;

import dk.borgerdialog.citizen.model.CitizenId;
import java.util.List;

/**
 * Append-only store of audit records (a secondary port), kept as a hash chain ({@link AuditChain}).
 *
 * <p>Appends are serialised, so that concurrent appends on several nodes still form one chain: the
 * adapter locks the chain's head for the rest of the transaction.
 */
public interface AuditLog {

  /**
   * Appends a record in the current transaction, or in its own if there is none, linking it to the
   * chain.
   *
   * @param record the record
   */
  void append(AuditRecord record);

  /**
   * The records about one citizen's data, newest first.
   *
   * @param citizen the citizen
   * @param limit the most records to return
   * @return the records
   */
  List<AuditRecord> about(CitizenId citizen, int limit);

  /**
   * The allowed accesses to one citizen's data, newest first, one page: the citizen's access log.
   *
   * @param citizen the citizen
   * @param offset how many of the newest records to skip
   * @param limit the most records to return
   * @return the records
   */
  List<AuditRecord> accessesTo(CitizenId citizen, int offset, int limit);

  /**
   * The records of refused accesses, newest first.
   *
   * @param limit the most records to return
   * @return the records
   */
  List<AuditRecord> refusals(int limit);

  /**
   * Checks the whole chain: every record's content against its hash, every link against the
   * previous record, and the chain's head against the last record and the number of records.
   *
   * @return the result
   */
  AuditVerification verify();
}
