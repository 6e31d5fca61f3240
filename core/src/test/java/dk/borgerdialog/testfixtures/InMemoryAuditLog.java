package dk.borgerdialog.testfixtures;

import dk.borgerdialog.access.AuditLog;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.citizen.model.CitizenId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The audit log as a list; queries return the newest first. */
public final class InMemoryAuditLog implements AuditLog {
  private final List<AuditRecord> records = new ArrayList<>();

  @Override
  public synchronized void append(AuditRecord record) {
    records.add(record);
  }

  @Override
  public synchronized List<AuditRecord> about(CitizenId citizen, int limit) {
    return newestFirst(r -> citizen.equals(r.citizen()), limit);
  }

  @Override
  public synchronized List<AuditRecord> refusals(int limit) {
    return newestFirst(r -> !r.allowed(), limit);
  }

  /**
   * Every record, oldest first.
   *
   * @return the records
   */
  public synchronized List<AuditRecord> all() {
    return List.copyOf(records);
  }

  /**
   * How many records were appended.
   *
   * @return the count
   */
  public synchronized int size() {
    return records.size();
  }

  private List<AuditRecord> newestFirst(Predicate<AuditRecord> filter, int limit) {
    List<AuditRecord> result = new ArrayList<>();
    for (int i = records.size() - 1; i >= 0 && result.size() < limit; i--) {
      if (filter.test(records.get(i))) {
        result.add(records.get(i));
      }
    }
    return List.copyOf(result);
  }
}
