package dk.borgerdialog.testfixtures;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.DeliveryResult;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.notification.model.NotificationChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * A channel that answers each send with the next scripted result and records every notification it
 * got. A step of the script may also throw, or run an action (a concurrent cancel, say) while the
 * send is in flight. A send with nothing left in the script fails the test, so that an unexpected
 * send shows.
 */
public final class ScriptedNotificationChannel implements NotificationChannel {
  private final ChannelKind kind;
  private final Deque<Supplier<DeliveryResult>> script = new ArrayDeque<>();
  private final List<Notification> received = new ArrayList<>();
  private final boolean deliverWhenScriptEnds;

  private ScriptedNotificationChannel(ChannelKind kind, boolean deliverWhenScriptEnds) {
    this.kind = kind;
    this.deliverWhenScriptEnds = deliverWhenScriptEnds;
  }

  /**
   * A channel that answers with these results, in order, and fails the test on a further send.
   *
   * @param kind the kind
   * @param results the results of the first sends
   * @return the channel
   */
  public static ScriptedNotificationChannel answering(ChannelKind kind, DeliveryResult... results) {
    ScriptedNotificationChannel channel = new ScriptedNotificationChannel(kind, false);
    channel.thenAnswer(results);
    return channel;
  }

  /**
   * A channel that delivers every notification.
   *
   * @param kind the kind
   * @return the channel
   */
  public static ScriptedNotificationChannel delivering(ChannelKind kind) {
    return new ScriptedNotificationChannel(kind, true);
  }

  /**
   * A channel the test expects never to be called.
   *
   * @param kind the kind
   * @return the channel
   */
  public static ScriptedNotificationChannel neverCalled(ChannelKind kind) {
    return answering(kind);
  }

  /**
   * Adds results to the end of the script.
   *
   * @param results the results
   * @return this channel
   */
  public synchronized ScriptedNotificationChannel thenAnswer(DeliveryResult... results) {
    for (DeliveryResult result : List.of(results)) {
      script.add(() -> result);
    }
    return this;
  }

  /**
   * Adds a send that throws to the end of the script (the notification is still recorded).
   *
   * @param exception what the send throws
   * @return this channel
   */
  public synchronized ScriptedNotificationChannel thenThrow(RuntimeException exception) {
    script.add(
        () -> {
          throw exception;
        });
    return this;
  }

  /**
   * Adds a send that runs an action while the notification is in flight, then answers.
   *
   * @param action what happens during the send
   * @param result the answer after it
   * @return this channel
   */
  public synchronized ScriptedNotificationChannel thenRunAndAnswer(
      Runnable action, DeliveryResult result) {
    script.add(
        () -> {
          action.run();
          return result;
        });
    return this;
  }

  @Override
  public ChannelKind kind() {
    return kind;
  }

  @Override
  public synchronized DeliveryResult send(Notification notification) {
    if (notification.channel() != kind) {
      throw new InvalidInputException("channel", "must be " + kind);
    }
    received.add(notification);
    Supplier<DeliveryResult> next = script.poll();
    if (next != null) {
      return next.get();
    }
    if (deliverWhenScriptEnds) {
      return DeliveryResult.delivered(
          kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + received.size());
    }
    throw new AssertionError("unexpected send number " + received.size() + " on " + kind);
  }

  /**
   * Every notification sent on this channel, oldest first.
   *
   * @return a copy of the list
   */
  public synchronized List<Notification> received() {
    return List.copyOf(received);
  }
}
