package dk.borgerdialog.plan.model;

import dk.borgerdialog.common.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * Why an appointment was cancelled: a code, and an optional text (required for {@link
 * CancellationReasonCode#OTHER}).
 *
 * <p>The text may hold personal or health details ("in hospital"). It is shown to staff of the unit
 * and never put in a notification or log line.
 *
 * @param code the coded reason
 * @param text the citizen's or staff member's words, or null
 */
public record CancellationReason(CancellationReasonCode code, @Nullable String text) {
  /** The longest text accepted. */
  public static final int MAX_TEXT_LENGTH = 500;

  /** Validates the reason. */
  public CancellationReason {
    Check.notNull("reason.code", code);
    text = Check.optionalText("reason.text", text, MAX_TEXT_LENGTH);
    Check.that(
        code != CancellationReasonCode.OTHER || text != null,
        "reason.text",
        "is required when the reason is OTHER");
  }

  /**
   * A reason with a code only.
   *
   * @param code the code
   * @return the reason
   */
  public static CancellationReason of(CancellationReasonCode code) {
    return new CancellationReason(code, null);
  }

  /**
   * A reason with a code and a text.
   *
   * @param code the code
   * @param text the text
   * @return the reason
   */
  public static CancellationReason of(CancellationReasonCode code, String text) {
    return new CancellationReason(code, text);
  }

  /** Shows the code only: the text may hold health details and must not reach a log line. */
  @Override
  public String toString() {
    return "CancellationReason[code=" + code + (text == null ? "" : ", text=***") + "]";
  }
}
