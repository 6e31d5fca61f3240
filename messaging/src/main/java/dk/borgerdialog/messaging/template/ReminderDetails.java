package dk.borgerdialog.messaging.template;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.internal.Check;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What a reminder may say: when, where (by a neutral name) and where to read more. Nothing else
 * reaches the text, so nothing else can leak.
 *
 * @param start when the appointment starts
 * @param zone the citizen's zone, such as {@code Europe/Copenhagen}, to show the time in
 * @param placeName the unit's neutral public name, such as {@code "Borgercenter Nord"}; never a
 *     name that reveals the service
 * @param appLink a short https link to the appointment in the app, ASCII, at most {@value
 *     #MAX_LINK_LENGTH} characters
 */
public record ReminderDetails(Instant start, ZoneId zone, String placeName, URI appLink) {

  /** The longest place name accepted. */
  public static final int MAX_PLACE_NAME_LENGTH = 100;

  /** The longest link accepted: short enough that an SMS always has room for the rest. */
  public static final int MAX_LINK_LENGTH = 80;

  /**
   * Validates the details.
   *
   * @param start when the appointment starts
   * @param zone the citizen's zone
   * @param placeName the unit's neutral public name
   * @param appLink a short https link to the appointment in the app
   * @throws InvalidInputException naming the field if a part is missing, the place name blank or
   *     too long, or the link not a short https URL
   */
  public ReminderDetails {
    Check.notNull("start", start);
    Check.notNull("zone", zone);
    placeName = Check.text("placeName", placeName, MAX_PLACE_NAME_LENGTH);
    Check.notNull("appLink", appLink);
    String link = appLink.toString();
    Check.that(
        appLink.isAbsolute()
            && "https".equals(appLink.getScheme().toLowerCase(Locale.ROOT))
            && appLink.getHost() != null
            && appLink.getRawUserInfo() == null,
        "appLink",
        "must be an https URL");
    Check.that(
        link.length() <= MAX_LINK_LENGTH
            && StandardCharsets.US_ASCII.newEncoder().canEncode(link)
            && Gsm7.isEncodable(link),
        "appLink",
        "must be at most " + MAX_LINK_LENGTH + " plain ASCII characters");
  }

  /**
   * Creates the details.
   *
   * @param start when the appointment starts
   * @param zone the citizen's zone
   * @param placeName the unit's neutral public name
   * @param appLink a short https link to the appointment in the app
   * @return the details
   * @throws InvalidInputException naming the field if a part is invalid
   */
  public static ReminderDetails of(Instant start, ZoneId zone, String placeName, URI appLink) {
    return new ReminderDetails(start, zone, placeName, appLink);
  }

  /**
   * Shows the time only: the place and link may point to a person.
   *
   * @return a text safe to log
   */
  @Override
  public String toString() {
    return "ReminderDetails[start=" + start + ", zone=" + zone + "]";
  }
}
