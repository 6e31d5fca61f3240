package dk.borgerdialog.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Captures every log line of the suite and fails a test class whose lines contain a CPR number or a
 * message body.
 *
 * <p>Registered for every test class of the module (JUnit extension auto-detection). SLF4J lines
 * come from slf4j-simple, which writes them to the file named by {@code
 * org.slf4j.simpleLogger.logFile}; java.util.logging lines are caught by a handler on the root
 * logger; child JVMs' output goes to files registered with {@link #watch(Path)}. Tests register the
 * CPR numbers and message bodies they use with {@link #secret(String)}; any CPR-like number (a
 * valid date followed by four digits) is a leak as well.
 */
public final class LogLeaks implements BeforeAllCallback, AfterAllCallback {
  private static final Pattern CPR_LIKE =
      Pattern.compile(
          "(?<![0-9A-Za-z._:/+-])([0-3]\\d)([01]\\d)(\\d\\d)-?(\\d{4})(?![0-9A-Za-z-])");
  private static final String CANARY = "log-capture-canary";
  private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
  private static final List<String> JUL_LINES = new CopyOnWriteArrayList<>();
  private static final Map<Path, AtomicLong> FILES = new ConcurrentHashMap<>();
  private static final AtomicLong LINES_CHECKED = new AtomicLong();
  private static volatile boolean installed;

  /**
   * Registers a CPR number or a message body that must never appear in a log line.
   *
   * @param secret the text
   */
  public static void secret(String secret) {
    if (!secret.isBlank()) {
      SECRETS.add(secret);
    }
  }

  /**
   * Registers a file of log output (a child JVM's) to be checked as well.
   *
   * @param file the file
   */
  public static void watch(Path file) {
    FILES.putIfAbsent(file.toAbsolutePath(), new AtomicLong());
  }

  /** How many log lines have been checked so far. */
  public static long linesChecked() {
    return LINES_CHECKED.get();
  }

  /** How many secrets are registered. */
  public static int secrets() {
    return SECRETS.size();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    install();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    verify(context.getDisplayName());
  }

  /** Starts the capture; for test engines that do not run JUnit Jupiter extensions (jqwik). */
  public static void start() {
    install();
  }

  /**
   * Checks every line captured since the last check; for test engines that do not run JUnit Jupiter
   * extensions (jqwik).
   *
   * @param name the test class, for the message
   * @throws AssertionError if a line carries a CPR number or a message body
   */
  public static void verify(String name) {
    List<String> leaks = check();
    Figures.record(
        "leaks",
        "after %s: %d log lines checked in all, %d CPR numbers and message bodies watched, %d"
            + " leaking lines",
        name,
        linesChecked(),
        secrets(),
        leaks.size());
    if (!leaks.isEmpty()) {
      throw new AssertionError(
          name
              + ": "
              + leaks.size()
              + " log line(s) carry a CPR number or a message body, e.g. "
              + leaks.get(0));
    }
  }

  private static synchronized void install() {
    if (installed) {
      return;
    }
    String file = System.getProperty("org.slf4j.simpleLogger.logFile");
    if (file == null || "System.err".equals(file) || "System.out".equals(file)) {
      throw new IllegalStateException("slf4j-simple must log to a file for the leak check");
    }
    watch(Path.of(file));
    Handler handler =
        new Handler() {
          private final SimpleFormatter formatter = new SimpleFormatter();

          @Override
          public void publish(LogRecord record) {
            JUL_LINES.add(formatter.format(record));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    handler.setLevel(Level.ALL);
    Logger root = Logger.getLogger("");
    root.addHandler(handler);
    installed = true;
    // prove that both kinds of log line are captured before relying on it
    LoggerFactory.getLogger(LogLeaks.class).info(CANARY);
    Logger.getLogger(LogLeaks.class.getName()).info(CANARY);
    List<String> lines = new ArrayList<>(JUL_LINES);
    lines.addAll(read(Path.of(file).toAbsolutePath(), new AtomicLong()));
    long canaries = lines.stream().filter(l -> l.contains(CANARY)).count();
    if (canaries < 2) {
      throw new IllegalStateException("the log capture does not see SLF4J and JUL lines");
    }
  }

  /**
   * Checks every line captured since the last check.
   *
   * @return the lines that leak
   */
  static synchronized List<String> check() {
    List<String> lines = new ArrayList<>(JUL_LINES);
    JUL_LINES.removeAll(lines);
    FILES.forEach((file, offset) -> lines.addAll(read(file, offset)));
    LINES_CHECKED.addAndGet(lines.size());
    List<String> leaks = new ArrayList<>();
    for (String line : lines) {
      if (leaks(line)) {
        leaks.add(line);
      }
    }
    return leaks;
  }

  /**
   * Whether a line carries a registered secret or a CPR-like number.
   *
   * @param line a log line
   * @return true if it leaks
   */
  public static boolean leaks(String line) {
    for (String secret : SECRETS) {
      if (line.contains(secret)) {
        return true;
      }
    }
    Matcher matcher = CPR_LIKE.matcher(line);
    while (matcher.find()) {
      if (validDate(matcher.group(1), matcher.group(2), matcher.group(3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean validDate(String day, String month, String year) {
    try {
      LocalDate.of(2000 + Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static List<String> read(Path file, AtomicLong offset) {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      int from = (int) Math.min(offset.get(), bytes.length);
      offset.set(bytes.length);
      String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
      return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
