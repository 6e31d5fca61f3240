package dk.borgerdialog.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;

/**
 * Records the figures a scenario measured, for docs/RELIABILITY.md: printed and appended to a file.
 */
public final class Figures {
  private Figures() {}

  /**
   * Records one line of figures.
   *
   * @param scenario the scenario's name
   * @param format a format string
   * @param args its arguments
   */
  public static void record(String scenario, String format, Object... args) {
    String line = Instant.now() + " " + scenario + ": " + String.format(Locale.ROOT, format, args);
    System.out.println(line);
    String file = System.getProperty("reliability.figures", "target/reliability-figures.txt");
    try {
      Files.writeString(
          Path.of(file),
          line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
