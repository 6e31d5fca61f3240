package dk.borgerdialog.network.model;

import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.internal.Check;
import java.util.regex.Pattern;

/**
 * An interest from the municipality's managed list, such as walking or singing: the tags activities
 * carry and citizens state.
 *
 * @param code a stable code, lower-case letters, digits and hyphens, such as {@code "walking"}
 * @param nameDa the Danish name, such as "Gåture"
 * @param nameEn the English name, such as "Walks"
 */
public record Interest(String code, String nameDa, String nameEn) {
  /** The longest code. */
  public static final int MAX_CODE_LENGTH = 40;

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** Validates the interest. */
  public Interest {
    code = checkCode("code", code);
    nameDa = Check.text("nameDa", nameDa, 100);
    nameEn = Check.text("nameEn", nameEn, 100);
  }

  /**
   * Checks an interest code.
   *
   * @param field the field's name
   * @param code the code
   * @return the code
   */
  public static String checkCode(String field, String code) {
    String checked = Check.text(field, code, MAX_CODE_LENGTH);
    Check.that(
        CODE.matcher(checked).matches(), field, "must be lower-case letters, digits and hyphens");
    return checked;
  }

  /**
   * The name in a language.
   *
   * @param language the language
   * @return the name
   */
  public String name(Language language) {
    return language == Language.DA ? nameDa : nameEn;
  }
}
