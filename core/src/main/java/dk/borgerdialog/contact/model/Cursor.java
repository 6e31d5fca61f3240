package dk.borgerdialog.contact.model;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.internal.Check;

/**
 * Where the next page of a list starts: after the last item of the page before, by the item's
 * position in insertion order. A cursor stays valid while new items arrive, which appear only on
 * the first page.
 *
 * @param position the position of the last item already shown; the next page holds older items
 */
public record Cursor(long position) {
  /** Validates the cursor. */
  public Cursor {
    Check.that(position > 0, "cursor", "must be a cursor from a page");
  }

  /**
   * Reads a cursor from its text.
   *
   * @param text the text of {@link #toString()}
   * @return the cursor
   * @throws InvalidInputException naming {@code cursor} if the text is no cursor
   */
  public static Cursor parse(String text) {
    Check.notNull("cursor", text);
    if (!text.startsWith("c") || text.length() > 20) {
      throw new InvalidInputException("cursor", "must be a cursor from a page");
    }
    try {
      return new Cursor(Long.parseLong(text.substring(1), 36));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("cursor", "must be a cursor from a page");
    }
  }

  /** The cursor as an opaque text, for a link or a form. */
  @Override
  public String toString() {
    return "c" + Long.toString(position, 36);
  }
}
