package dk.borgerdialog.reliability.support;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.messaging.sms.SmsGatewayConfig;
import dk.borgerdialog.messaging.sms.SmsGatewayNotificationChannel;
import dk.borgerdialog.persistence.testing.TestDatabases;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * A Borgerdialog node in a JVM of its own that dispatches reminders to an SMS gateway until it is
 * killed or its standard input closes.
 *
 * <p>Arguments: the PostgreSQL JDBC URL, the gateway's endpoint, and the instant its clock stands
 * at.
 */
public final class DispatchingNode {
  /** The line the node prints once it dispatches. */
  public static final String READY = "node ready";

  private DispatchingNode() {}

  /**
   * Runs the node.
   *
   * @param args URL, endpoint, instant
   * @throws Exception if the node cannot start
   */
  public static void main(String[] args) throws Exception {
    SettableClock clock = SettableClock.at(Instant.parse(args[2]));
    SmsGatewayNotificationChannel sms =
        SmsGatewayNotificationChannel.create(
            SmsGatewayConfig.builder(URI.create(args[1])).build(), clock);
    try (Borgerdialog dialog =
        Borgerdialog.builder()
            .dataSource(TestDatabases.pool(args[0]))
            .clock(clock)
            .reminderPolling(Duration.ofMillis(100))
            .channel(sms)
            .start()) {
      System.out.println(READY);
      System.out.flush();
      // runs until the parent kills it, or closes its input to stop it gracefully
      while (System.in.read() != -1) {
        // ignore input
      }
    }
  }
}
