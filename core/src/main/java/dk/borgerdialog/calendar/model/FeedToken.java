package dk.borgerdialog.calendar.model;

import dk.borgerdialog.common.internal.Check;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a citizen's calendar feed address: 256 random bits, URL-safe. Only its hash is
 * stored, so a copy of the database does not open anyone's feed.
 *
 * @param value the token, 43 URL-safe Base64 characters
 */
public record FeedToken(String value) {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Validates the token's form. */
  public FeedToken {
    Check.notNull("token", value);
    Check.that(value.matches("[A-Za-z0-9_-]{43}"), "token", "must be a calendar feed token");
  }

  /**
   * A new unguessable token.
   *
   * @return the token
   */
  public static FeedToken random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new FeedToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /**
   * The SHA-256 hash of the token, as stored.
   *
   * @return 64 hexadecimal digits
   */
  public String hash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Never the secret itself. */
  @Override
  public String toString() {
    return "FeedToken[***]";
  }
}
