package dk.borgerdialog.testfixtures;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.notification.model.InAppNotifications;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** In-app notifications in a list, once per idempotency key. */
public final class InMemoryInAppNotifications implements InAppNotifications {
  private final List<InAppNotification> store = new ArrayList<>();

  @Override
  public synchronized boolean addOnce(InAppNotification notification) {
    if (store.stream().anyMatch(n -> n.idempotencyKey().equals(notification.idempotencyKey()))) {
      return false;
    }
    store.add(notification);
    return true;
  }

  @Override
  public synchronized List<InAppNotification> of(CitizenId citizen, int limit) {
    return store.stream()
        .filter(n -> n.citizen().equals(citizen))
        .sorted(Comparator.comparing(InAppNotification::createdAt).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized int unread(CitizenId citizen) {
    return (int)
        store.stream().filter(n -> n.citizen().equals(citizen) && n.readAt() == null).count();
  }

  @Override
  public synchronized boolean markRead(CitizenId citizen, UUID id, Instant at) {
    for (int i = 0; i < store.size(); i++) {
      InAppNotification n = store.get(i);
      if (n.id().equals(id) && n.citizen().equals(citizen) && n.readAt() == null) {
        store.set(
            i,
            new InAppNotification(
                n.id(), n.citizen(), n.idempotencyKey(), n.subject(), n.body(), n.createdAt(), at));
        return true;
      }
    }
    return false;
  }
}
