package dk.borgerdialog.testfixtures;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.notification.model.NoticeAttempt;
import dk.borgerdialog.notification.model.NoticeDeliveries;
import dk.borgerdialog.notification.model.NoticeDelivery;
import dk.borgerdialog.notification.model.NoticeScheduler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Notice deliveries in memory, with a scheduler that records what it was asked to schedule. */
public final class InMemoryNoticeDeliveries implements NoticeDeliveries, NoticeScheduler {
  private final Map<UUID, NoticeDelivery> byId = new LinkedHashMap<>();
  private final List<NoticeAttempt> attempts = new ArrayList<>();
  private final Map<UUID, Instant> scheduled = new LinkedHashMap<>();

  @Override
  public synchronized boolean addOnce(NoticeDelivery delivery) {
    boolean seen =
        byId.values().stream()
            .anyMatch(
                d ->
                    d.notice().recipient().equals(delivery.notice().recipient())
                        && d.notice().key().equals(delivery.notice().key())
                        && d.notice().kind() == delivery.notice().kind());
    if (seen) {
      return false;
    }
    byId.put(delivery.id(), delivery);
    return true;
  }

  @Override
  public synchronized Optional<NoticeDelivery> byId(UUID id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized NoticeDelivery update(NoticeDelivery delivery) {
    NoticeDelivery current = byId.get(delivery.id());
    if (current == null || current.version() != delivery.version()) {
      throw new ConflictException("notice delivery " + delivery.id() + " changed");
    }
    NoticeDelivery saved =
        new NoticeDelivery(
            delivery.id(),
            delivery.notice(),
            delivery.createdAt(),
            delivery.status(),
            delivery.sentVia(),
            delivery.finishedAt(),
            delivery.version() + 1);
    byId.put(saved.id(), saved);
    return saved;
  }

  @Override
  public synchronized void addAttempt(NoticeAttempt attempt) {
    attempts.add(attempt);
  }

  @Override
  public synchronized List<NoticeAttempt> attempts(UUID delivery) {
    return attempts.stream().filter(a -> a.delivery().equals(delivery)).toList();
  }

  @Override
  public synchronized void schedule(UUID delivery, Instant at) {
    scheduled.put(delivery, at);
  }

  /** What was scheduled, by delivery. */
  public synchronized Map<UUID, Instant> scheduled() {
    return Map.copyOf(scheduled);
  }

  /** Every delivery. */
  public synchronized List<NoticeDelivery> all() {
    return List.copyOf(byId.values());
  }
}
