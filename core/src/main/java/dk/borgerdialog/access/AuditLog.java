package dk.borgerdialog.access;

import dk.borgerdialog.citizen.model.CitizenId;
import java.util.List;

/** Append-only store of audit records (a secondary port). */
public interface AuditLog {

  /**
   * Appends a record in the current transaction, or in its own if there is none.
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
   * The records of refused accesses, newest first.
   *
   * @param limit the most records to return
   * @return the records
   */
  List<AuditRecord> refusals(int limit);
}
