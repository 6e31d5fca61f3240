package dk.borgerdialog.testfixtures;

import dk.borgerdialog.reminder.model.DeliveryAttempt;
import dk.borgerdialog.reminder.model.DeliveryAttempts;
import dk.borgerdialog.reminder.model.ReminderId;
import java.util.ArrayList;
import java.util.List;

/** The delivery log in a list. */
public final class InMemoryDeliveryAttempts implements DeliveryAttempts {
  private final List<DeliveryAttempt> log = new ArrayList<>();

  @Override
  public synchronized void add(DeliveryAttempt attempt) {
    log.add(attempt);
  }

  @Override
  public synchronized List<DeliveryAttempt> of(ReminderId reminder) {
    return log.stream().filter(a -> a.reminder().equals(reminder)).toList();
  }
}
