package dk.borgerdialog.network.model;

import dk.borgerdialog.common.internal.Check;
import java.util.UUID;

/**
 * The id of a suggestion.
 *
 * @param value the UUID
 */
public record SuggestionId(UUID value) {
  /** Validates the id. */
  public SuggestionId {
    Check.notNull("suggestionId", value);
  }

  /**
   * A new random id.
   *
   * @return the id
   */
  public static SuggestionId random() {
    return new SuggestionId(UUID.randomUUID());
  }

  /**
   * Parses an id.
   *
   * @param text a UUID in its usual text form
   * @return the id
   * @throws dk.borgerdialog.common.InvalidInputException if the text is not a UUID
   */
  public static SuggestionId parse(String text) {
    return new SuggestionId(Check.uuid("suggestionId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
