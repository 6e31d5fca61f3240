package dk.borgerdialog.common;

/**
 * The outcome of a domain rule: accepted with a value, or refused with a reason.
 *
 * <p>Aggregates return a decision instead of throwing, so that the rule itself reads as data and
 * can be tested without exceptions; use cases turn a refusal into an {@link
 * UnableToChangeException} with {@link #orElseThrow()}.
 *
 * @param <T> the value of an accepted decision
 */
public sealed interface Decision<T> {

  /**
   * An accepted decision.
   *
   * @param value the result
   * @param <T> the value's type
   * @return the decision
   */
  static <T> Decision<T> accept(T value) {
    return new Accepted<>(value);
  }

  /**
   * A refused decision.
   *
   * @param rule a stable code for the refusing rule
   * @param reason a sentence for a person
   * @param <T> the type an accepted decision would have had
   * @return the decision
   */
  static <T> Decision<T> refuse(String rule, String reason) {
    return new Refused<>(rule, reason);
  }

  /**
   * The accepted value.
   *
   * @return the value
   * @throws UnableToChangeException if the decision was a refusal
   */
  T orElseThrow();

  /**
   * An accepted decision.
   *
   * @param value the result
   * @param <T> the value's type
   */
  record Accepted<T>(T value) implements Decision<T> {
    @Override
    public T orElseThrow() {
      return value;
    }
  }

  /**
   * A refused decision.
   *
   * @param rule a stable code for the refusing rule
   * @param reason a sentence for a person
   * @param <T> the type an accepted decision would have had
   */
  record Refused<T>(String rule, String reason) implements Decision<T> {
    @Override
    public T orElseThrow() {
      throw new UnableToChangeException(rule, reason);
    }
  }
}
