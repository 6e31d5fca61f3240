package dk.borgerdialog.organisation.model;

import dk.borgerdialog.common.internal.Check;
import java.util.regex.Pattern;

/**
 * A staff member's role in a unit, as a code. Municipalities may add their own codes.
 *
 * @param code lower-case letters, digits and underscores, such as {@code "caseworker"}
 */
public record StaffRole(String code) {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  /** Sagsbehandler. */
  public static final StaffRole CASEWORKER = new StaffRole("caseworker");

  /** Kontaktperson. */
  public static final StaffRole CONTACT_PERSON = new StaffRole("contact_person");

  /** Mentor. */
  public static final StaffRole MENTOR = new StaffRole("mentor");

  /** Boligrådgiver. */
  public static final StaffRole HOUSING_ADVISOR = new StaffRole("housing_advisor");

  /** Familieterapeut. */
  public static final StaffRole FAMILY_THERAPIST = new StaffRole("family_therapist");

  /** Sygeplejerske. */
  public static final StaffRole NURSE = new StaffRole("nurse");

  /** Terapeut (physiotherapist, occupational therapist). */
  public static final StaffRole THERAPIST = new StaffRole("therapist");

  /** Hjemmehjælper. */
  public static final StaffRole HOME_CARE_WORKER = new StaffRole("home_care_worker");

  /** Leder. */
  public static final StaffRole MANAGER = new StaffRole("manager");

  /** Validates the code. */
  public StaffRole {
    Check.notNull("role", code);
    Check.that(CODE.matcher(code).matches(), "role", "must match [a-z][a-z0-9_]{0,39}");
  }
}
