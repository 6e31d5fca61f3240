package dk.borgerdialog.common;

import java.util.Locale;

/** The languages that user-facing texts come in. Danish is the default. */
public enum Language {
  /** Danish. */
  DA(Locale.forLanguageTag("da-DK")),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * The locale to format dates and numbers with.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }
}
