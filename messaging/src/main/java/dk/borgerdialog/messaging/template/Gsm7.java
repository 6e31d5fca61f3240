package dk.borgerdialog.messaging.template;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The GSM 03.38 7-bit alphabet of SMS: which characters it has, how many septets a text takes, and
 * how to bring any text into it.
 *
 * <p>One character outside the alphabet turns a whole SMS into UCS-2, which halves its length to 70
 * characters; {@link #transliterate} keeps texts in the alphabet. Danish æ, ø and å, and Å, Ø, Æ,
 * are in it.
 */
public final class Gsm7 {
  /** The characters of the basic set, each one septet (the escape code itself left out). */
  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  /** The characters of the extension table, each two septets (escape and code). */
  private static final String EXTENSION = "\f^{}\\[~]|€";

  /** Plain forms of typographic characters, and of letters that have no accent to strip. */
  private static final Map<Integer, String> PLAIN_FORMS = plainForms();

  private Gsm7() {}

  /**
   * Whether every character of a text is in the GSM-7 alphabet (basic set or extension table).
   *
   * @param text the text
   * @return true if it can be sent as GSM-7
   */
  public static boolean isEncodable(String text) {
    return text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
  }

  /**
   * The number of septets a text takes in GSM-7: one per basic character, two per character of the
   * extension table.
   *
   * @param text the text
   * @return the length in septets
   * @throws IllegalArgumentException if the text has a character outside GSM-7
   */
  public static int septets(String text) {
    int septets = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (BASIC.indexOf(c) >= 0) {
        septets += 1;
      } else if (EXTENSION.indexOf(c) >= 0) {
        septets += 2;
      } else {
        throw new IllegalArgumentException("not a GSM-7 character at index " + i);
      }
    }
    return septets;
  }

  /**
   * Brings a text into the GSM-7 alphabet: typographic quotes, dashes, ellipses and spaces become
   * their plain forms, accents that GSM-7 lacks are dropped ({@code á} becomes {@code a}), and any
   * other character becomes {@code ?}. Text already in GSM-7 is returned unchanged.
   *
   * @param text the text
   * @return the text in GSM-7
   */
  public static String transliterate(String text) {
    if (isEncodable(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              String c = Character.toString(cp);
              if (isEncodable(c)) {
                out.append(c);
              } else {
                out.append(replacement(cp));
              }
            });
    return out.toString();
  }

  private static Map<Integer, String> plainForms() {
    Map<Integer, String> forms = new HashMap<>();
    "\u2018\u2019\u201A\u201B\u2032\u00B4`".chars().forEach(c -> forms.put(c, "'"));
    "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB".chars().forEach(c -> forms.put(c, "\""));
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2212".chars().forEach(c -> forms.put(c, "-"));
    forms.put((int) '\u2026', "...");
    forms.put((int) '\t', " ");
    forms.put((int) '\u0141', "L");
    forms.put((int) '\u0142', "l");
    forms.put((int) '\u0110', "D");
    forms.put((int) '\u0111', "d");
    forms.put((int) '\u00F0', "d");
    forms.put((int) '\u0131', "i");
    forms.put((int) '\u0152', "OE");
    forms.put((int) '\u0153', "oe");
    forms.put((int) '\u00DE', "Th");
    forms.put((int) '\u00FE', "th");
    return Map.copyOf(forms);
  }

  private static String replacement(int cp) {
    String plain = PLAIN_FORMS.get(cp);
    if (plain != null) {
      return plain;
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return " ";
    }
    if (Character.getType(cp) == Character.FORMAT) {
      return "";
    }
    String stripped =
        Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return !stripped.isEmpty() && isEncodable(stripped) ? stripped : "?";
  }
}
