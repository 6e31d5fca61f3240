package dk.borgerdialog.common.internal;

import dk.borgerdialog.common.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Argument checks that throw {@link InvalidInputException} naming the field and the rule. */
public final class Check {
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  private Check() {}

  /**
   * Requires a value.
   *
   * @param field the field's name
   * @param value the value
   * @param <T> its type
   * @return the value
   */
  public static <T> T notNull(String field, @Nullable T value) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    return value;
  }

  /**
   * Requires a list without null elements.
   *
   * @param field the field's name
   * @param values the list
   * @param <T> the element type
   * @return an unmodifiable copy
   */
  public static <T> java.util.List<T> list(String field, java.util.@Nullable List<T> values) {
    notNull(field, values);
    for (T value : values) {
      if (value == null) {
        throw new InvalidInputException(field, "must not contain null");
      }
    }
    return java.util.List.copyOf(values);
  }

  /**
   * Requires a condition.
   *
   * @param condition what must hold
   * @param field the field's name
   * @param rule what the field must be
   */
  public static void that(boolean condition, String field, String rule) {
    if (!condition) {
      throw new InvalidInputException(field, rule);
    }
  }

  /**
   * Requires a single-line text: present, not blank, at most {@code maxLength} characters after
   * trimming, and free of control characters.
   *
   * @return the trimmed text
   */
  public static String text(String field, @Nullable String value, int maxLength) {
    return checked(field, value, maxLength, false);
  }

  /**
   * Like {@link #text} but allows line breaks and tabs, for messages and plan items.
   *
   * @return the trimmed text
   */
  public static String multilineText(String field, @Nullable String value, int maxLength) {
    return checked(field, value, maxLength, true);
  }

  /**
   * Like {@link #multilineText}, but null or blank is allowed and becomes null.
   *
   * @return the trimmed text, or null
   */
  public static @Nullable String optionalText(String field, @Nullable String value, int maxLength) {
    if (value == null || isBlank(value)) {
      return null;
    }
    return checked(field, value, maxLength, true);
  }

  /**
   * Requires {@code start} strictly before {@code end}.
   *
   * @param start the start
   * @param end the end
   */
  public static void interval(@Nullable Instant start, @Nullable Instant end) {
    notNull("start", start);
    notNull("end", end);
    if (!start.isBefore(end)) {
      throw new InvalidInputException("end", "must be after start");
    }
    if (Duration.between(start, end).compareTo(Duration.ofDays(1)) > 0) {
      throw new InvalidInputException("end", "must be at most 24 hours after start");
    }
  }

  /**
   * Requires an e-mail address that every e-mail channel accepts: an ASCII dot-atom local part of
   * at most 64 characters, and a host name with a top-level domain of letters; at most 254
   * characters in all (RFC 5321).
   *
   * @param field the field's name
   * @param value the address
   * @return the trimmed address
   */
  public static String email(String field, @Nullable String value) {
    String email = text(field, value, 254);
    that(
        EMAIL.matcher(email).matches() && email.indexOf('@') <= 64,
        field,
        "must be an e-mail address");
    return email;
  }

  /**
   * Requires a phone number in E.164 form, such as {@code +4512345678}.
   *
   * @param field the field's name
   * @param value the number
   * @return the trimmed number
   */
  public static String phone(String field, @Nullable String value) {
    String phone = text(field, value, 16);
    that(
        E164.matcher(phone).matches(),
        field,
        "must be a phone number in E.164 form, such as +4512345678");
    return phone;
  }

  /**
   * Requires the version the caller read to be the stored one.
   *
   * @param entity the kind of entity, such as {@code "appointment"}
   * @param id its id
   * @param actual the stored version
   * @param expected the version the caller read
   * @throws dk.borgerdialog.common.ConflictException if they differ
   */
  public static void sameVersion(String entity, Object id, long actual, long expected) {
    if (actual != expected) {
      throw new dk.borgerdialog.common.ConflictException(
          entity + " " + id + " has changed since it was read; read it again");
    }
  }

  /**
   * Parses a UUID.
   *
   * @param field the field's name
   * @param text the text
   * @return the UUID
   */
  public static java.util.UUID uuid(String field, @Nullable String text) {
    notNull(field, text);
    try {
      java.util.UUID parsed = java.util.UUID.fromString(text.strip());
      if (!parsed.toString().equalsIgnoreCase(text.strip())) {
        throw new InvalidInputException(field, "must be a UUID");
      }
      return parsed;
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "must be a UUID");
    }
  }

  /**
   * Whether a text shows nothing: only white space, including the no-break spaces that {@link
   * String#isBlank()} misses, and invisible format characters such as the zero-width space.
   */
  private static boolean isBlank(String text) {
    return text.codePoints()
        .allMatch(
            cp ->
                Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)
                    || Character.getType(cp) == Character.FORMAT);
  }

  private static String checked(
      String field, @Nullable String value, int maxLength, boolean multiline) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    String trimmed = value.strip();
    if (isBlank(trimmed)) {
      throw new InvalidInputException(field, "must not be blank");
    }
    if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
      throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      boolean allowedControl = multiline && (c == '\n' || c == '\r' || c == '\t');
      if (Character.isISOControl(c) && !allowedControl) {
        throw new InvalidInputException(field, "must not contain control characters");
      }
      if (!multiline && (c == '\u2028' || c == '\u2029')) {
        throw new InvalidInputException(field, "must be a single line");
      }
      if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c)
              && i + 1 < trimmed.length()
              && Character.isLowSurrogate(trimmed.charAt(i + 1)))
          && !(Character.isLowSurrogate(c)
              && i > 0
              && Character.isHighSurrogate(trimmed.charAt(i - 1)))) {
        throw new InvalidInputException(field, "must be valid Unicode text");
      }
    }
    return trimmed;
  }
}
