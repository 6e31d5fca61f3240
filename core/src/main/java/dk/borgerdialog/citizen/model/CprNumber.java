package dk.borgerdialog.citizen.model;

import dk.borgerdialog.common.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Danish CPR number, checked for form and birth date.
 *
 * <p>There is no modulus-11 check: numbers issued since 2007 need not satisfy it. The century comes
 * from the first digit of the serial number, as the CPR office defines it.
 *
 * <p>{@link #toString()} masks the number, so that it cannot reach a log line by accident; use
 * {@link #value()} where the digits are really needed.
 *
 * @param value the ten digits, without the hyphen
 */
public record CprNumber(String value) {
  private static final Pattern FORM = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-?(\\d)(\\d{3})");

  /**
   * Validates the number and normalises it to ten digits.
   *
   * @throws InvalidInputException if the form or the date is wrong
   */
  public CprNumber {
    if (value == null) {
      throw new InvalidInputException("cpr", "is required");
    }
    Matcher m = FORM.matcher(value.strip());
    if (!m.matches()) {
      throw new InvalidInputException("cpr", "must be ten digits, DDMMYY-SSSS");
    }
    birthDate(m);
    value = m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5);
  }

  /**
   * Parses a CPR number in the form {@code DDMMYY-SSSS} or {@code DDMMYYSSSS}.
   *
   * @param text the number
   * @return the CPR number
   * @throws InvalidInputException if the form or the date is wrong
   */
  public static CprNumber parse(String text) {
    return new CprNumber(text);
  }

  /**
   * The birth date the number encodes.
   *
   * @return the date
   */
  public LocalDate birthDate() {
    Matcher m = FORM.matcher(value);
    if (!m.matches()) {
      throw new IllegalStateException("validated in the constructor");
    }
    return birthDate(m);
  }

  private static LocalDate birthDate(Matcher m) {
    int day = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int yy = Integer.parseInt(m.group(3));
    int centuryDigit = Integer.parseInt(m.group(4));
    int century =
        switch (centuryDigit) {
          case 0, 1, 2, 3 -> 1900;
          case 4, 9 -> yy <= 36 ? 2000 : 1900;
          default -> yy <= 57 ? 2000 : 1800;
        };
    try {
      return LocalDate.of(century + yy, month, day);
    } catch (DateTimeException e) {
      throw new InvalidInputException("cpr", "must start with a valid birth date");
    }
  }

  /**
   * The number with the serial masked, safe for display to the citizen themselves.
   *
   * @return for example {@code 010190-****}
   */
  public String masked() {
    return value.substring(0, 6) + "-****";
  }

  @Override
  public String toString() {
    return "CprNumber[******-****]";
  }
}
