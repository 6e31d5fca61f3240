package dk.borgerdialog.notification.model;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.internal.Check;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one attempt to deliver a {@link Notification}: delivered, failed, or unknown.
 *
 * <p>An error text is written by the adapter, not copied from the provider, and never contains the
 * address or the message: it is recorded with the attempt and shown to staff.
 */
public sealed interface DeliveryResult {

  /** The longest error text accepted. */
  int MAX_ERROR_LENGTH = 500;

  /** The longest provider id accepted. */
  int MAX_PROVIDER_ID_LENGTH = 200;

  /**
   * A delivered outcome.
   *
   * @param providerId the provider's id for the message, if it gave one
   * @return the outcome
   * @throws InvalidInputException if the provider id is blank, too long or holds control characters
   */
  static DeliveryResult delivered(@Nullable String providerId) {
    return new Delivered(providerId);
  }

  /**
   * A failure that may succeed when tried again later, such as a server that is down.
   *
   * @param error what went wrong, without personal data
   * @return the outcome
   * @throws InvalidInputException if the error is blank or too long
   */
  static DeliveryResult retryable(String error) {
    return new Failed(true, error, null);
  }

  /**
   * A failure that may succeed when tried again after a delay the provider asked for.
   *
   * @param error what went wrong, without personal data
   * @param retryAfter how long the provider asked to wait; zero or more
   * @return the outcome
   * @throws InvalidInputException if the error is blank or too long, or the delay negative
   */
  static DeliveryResult retryableAfter(String error, Duration retryAfter) {
    return new Failed(true, error, Check.notNull("retryAfter", retryAfter));
  }

  /**
   * A failure that will not succeed when tried again, such as a rejected address.
   *
   * @param error what went wrong, without personal data
   * @return the outcome
   * @throws InvalidInputException if the error is blank or too long
   */
  static DeliveryResult permanent(String error) {
    return new Failed(false, error, null);
  }

  /**
   * An outcome that is not known, such as a timeout after the request was sent. The caller must try
   * again with the same idempotency key.
   *
   * @param error what happened, without personal data
   * @return the outcome
   * @throws InvalidInputException if the error is blank or too long
   */
  static DeliveryResult unknown(String error) {
    return new Unknown(error);
  }

  /**
   * The provider's id of a delivered message.
   *
   * @return the id, or null unless delivered with one
   */
  default @Nullable String deliveredAs() {
    return this instanceof Delivered d ? d.providerId() : null;
  }

  /**
   * What went wrong, for a result that did not deliver.
   *
   * @return the error, or null if delivered
   */
  default @Nullable String errorOrNull() {
    if (this instanceof Failed f) {
      return f.error();
    }
    return this instanceof Unknown u ? u.error() : null;
  }

  /**
   * The provider accepted the message.
   *
   * @param providerId the provider's id for the message, if it gave one
   */
  record Delivered(@Nullable String providerId) implements DeliveryResult {
    /**
     * Validates the outcome.
     *
     * @throws InvalidInputException if the provider id is blank, too long or holds control
     *     characters
     */
    public Delivered {
      if (providerId != null) {
        providerId = Check.text("providerId", providerId, MAX_PROVIDER_ID_LENGTH);
      }
    }
  }

  /**
   * The provider did not accept the message.
   *
   * @param retryable whether trying again later may succeed
   * @param error what went wrong, without personal data
   * @param retryAfter how long the provider asked to wait before trying again, if it said
   */
  record Failed(boolean retryable, String error, @Nullable Duration retryAfter)
      implements DeliveryResult {
    /**
     * Validates the outcome.
     *
     * @throws InvalidInputException if the error is blank or too long, or a delay is negative or
     *     given for a failure that is not retryable
     */
    public Failed {
      error = Check.multilineText("error", error, MAX_ERROR_LENGTH);
      if (retryAfter != null) {
        Check.that(!retryAfter.isNegative(), "retryAfter", "must not be negative");
        Check.that(retryable, "retryAfter", "is only allowed for a retryable failure");
      }
    }
  }

  /**
   * The outcome is not known: the request may or may not have reached the provider. Try again with
   * the same idempotency key.
   *
   * @param error what happened, without personal data
   */
  record Unknown(String error) implements DeliveryResult {
    /**
     * Validates the outcome.
     *
     * @throws InvalidInputException if the error is blank or too long
     */
    public Unknown {
      error = Check.multilineText("error", error, MAX_ERROR_LENGTH);
    }
  }
}
