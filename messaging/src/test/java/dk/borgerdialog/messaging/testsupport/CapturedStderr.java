package dk.borgerdialog.messaging.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what is written to {@code System.err}, where slf4j-simple logs in tests, so a test can
 * check that no personal data is logged.
 */
public final class CapturedStderr implements AutoCloseable {
  private final PrintStream original = System.err;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  /** Starts capturing. */
  public CapturedStderr() {
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  /**
   * What was written so far.
   *
   * @return the text
   */
  public String text() {
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    System.setErr(original);
  }
}
