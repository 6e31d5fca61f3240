package dk.borgerdialog.access;

import dk.borgerdialog.common.internal.Check;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The host's request id, carried to the audit records of the calls made while it is set.
 *
 * <p>A host that has a request or trace id runs its calls inside {@link #with}; every audit record
 * written by those calls, on the calling thread, carries the id. Without one, the records have no
 * correlation id.
 */
public final class CorrelationIds {
  /** The longest correlation id accepted. */
  public static final int MAX_LENGTH = 128;

  private static final ThreadLocal<@Nullable String> CURRENT = new ThreadLocal<>();

  private CorrelationIds() {}

  /**
   * Runs work with a correlation id, restoring the previous one afterwards.
   *
   * @param correlationId the host's id of the request
   * @param work the calls to make
   * @param <T> the result type
   * @return the work's result
   * @throws dk.borgerdialog.common.InvalidInputException if the id is blank or too long
   */
  public static <T> T with(String correlationId, Supplier<T> work) {
    String id = Check.text("correlationId", correlationId, MAX_LENGTH);
    String previous = CURRENT.get();
    CURRENT.set(id);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /**
   * The correlation id set on this thread.
   *
   * @return the id, or null
   */
  public static @Nullable String current() {
    return CURRENT.get();
  }
}
