package dk.borgerdialog.testfixtures;

import dk.borgerdialog.access.AuditChain;
import dk.borgerdialog.access.AuditLog;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.AuditVerification;
import dk.borgerdialog.citizen.model.CitizenId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The audit log as a list with its chain hashes; queries return the newest first. */
public final class InMemoryAuditLog implements AuditLog {
  private final List<AuditRecord> records = new ArrayList<>();
  private final List<String> chain = new ArrayList<>();

  @Override
  public synchronized void append(AuditRecord record) {
    String previous = chain.isEmpty() ? AuditChain.GENESIS : chain.get(chain.size() - 1);
    records.add(record);
    chain.add(AuditChain.link(previous, AuditChain.contentHash(record)));
  }

  @Override
  public synchronized List<AuditRecord> accessesTo(CitizenId citizen, int offset, int limit) {
    List<AuditRecord> all = newestFirst(r -> r.allowed() && citizen.equals(r.citizen()), 1 << 20);
    return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
  }

  @Override
  public synchronized AuditVerification verify() {
    String previous = AuditChain.GENESIS;
    for (int i = 0; i < records.size(); i++) {
      previous = AuditChain.link(previous, AuditChain.contentHash(records.get(i)));
      if (!previous.equals(chain.get(i))) {
        return AuditVerification.broken(i, records.get(i).id(), "content changed");
      }
    }
    return AuditVerification.intact(records.size());
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
