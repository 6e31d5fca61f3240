package dk.borgerdialog.network.application;

import dk.borgerdialog.common.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a page of occurrences ended: the start and activity of its last occurrence. The order is by
 * start, then activity id, so a cursor stays put when activities are added before it.
 */
record Cursor(Instant start, UUID activity) {

  static @Nullable Cursor parse(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
      int colon = decoded.indexOf(':');
      long seconds = Long.parseLong(decoded.substring(0, colon));
      UUID activity = UUID.fromString(decoded.substring(colon + 1));
      return new Cursor(Instant.ofEpochSecond(seconds), activity);
    } catch (RuntimeException e) {
      throw new InvalidInputException("cursor", "must be the next cursor of a search");
    }
  }

  String format() {
    String plain = start.getEpochSecond() + ":" + activity;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  boolean isBefore(Instant otherStart, UUID otherActivity) {
    int byStart = start.compareTo(otherStart);
    return byStart < 0 || (byStart == 0 && compare(activity, otherActivity) < 0);
  }

  static int compare(UUID a, UUID b) {
    return a.toString().compareTo(b.toString());
  }
}
