package dk.borgerdialog.material.model;

import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.internal.Check;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One language's version of an item of information material.
 *
 * <p>Which parts are present depends on the item's kind, checked by {@link MaterialItem}: a text
 * has a Markdown body; a link has a URL and may have a description; a video has a URL, and captions
 * or a transcript (or both), and may have a description.
 *
 * @param language the language
 * @param title the title
 * @param body the Markdown text of a text item, or the description of a link or video, or null
 * @param url the address of a link or video, or null for a text
 * @param captions the address of a video's captions (such as WebVTT), or null
 * @param transcript a video's transcript, plain text, or null
 */
public record MaterialVariant(
    Language language,
    String title,
    @Nullable String body,
    @Nullable URI url,
    @Nullable URI captions,
    @Nullable String transcript) {

  /** The longest title accepted. */
  public static final int MAX_TITLE_LENGTH = 200;

  /** The longest body or transcript accepted. */
  public static final int MAX_BODY_LENGTH = 20_000;

  /** The longest address accepted. */
  public static final int MAX_URL_LENGTH = 2000;

  /** Validates the variant. */
  public MaterialVariant {
    Check.notNull("language", language);
    title = Check.text("title", title, MAX_TITLE_LENGTH);
    body = Check.optionalText("body", body, MAX_BODY_LENGTH);
    url = url == null ? null : webAddress("url", url);
    captions = captions == null ? null : webAddress("captions", captions);
    transcript = Check.optionalText("transcript", transcript, MAX_BODY_LENGTH);
  }

  /**
   * A text in a safe subset of Markdown.
   *
   * @param language the language
   * @param title the title
   * @param markdown the text
   * @return the variant
   */
  public static MaterialVariant text(Language language, String title, String markdown) {
    return new MaterialVariant(
        language, title, Check.multilineText("body", markdown, MAX_BODY_LENGTH), null, null, null);
  }

  /**
   * A link.
   *
   * @param language the language
   * @param title the title
   * @param url the address, http or https
   * @param description a short description, or null
   * @return the variant
   */
  public static MaterialVariant link(
      Language language, String title, URI url, @Nullable String description) {
    return new MaterialVariant(language, title, description, Check.notNull("url", url), null, null);
  }

  /**
   * A video.
   *
   * @param language the language
   * @param title the title
   * @param url the address of the video, http or https
   * @param captions the address of its captions, or null
   * @param transcript its transcript, or null; captions or a transcript is required
   * @return the variant
   */
  public static MaterialVariant video(
      Language language,
      String title,
      URI url,
      @Nullable URI captions,
      @Nullable String transcript) {
    return new MaterialVariant(
        language, title, null, Check.notNull("url", url), captions, transcript);
  }

  /**
   * Requires an absolute http or https address with a host, so that no {@code javascript:} or
   * {@code data:} address reaches a citizen's browser.
   */
  private static URI webAddress(String field, URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    Check.that(
        uri.isAbsolute()
            && (scheme.equals("https") || scheme.equals("http"))
            && uri.getHost() != null
            && !uri.getHost().isBlank()
            && uri.getUserInfo() == null,
        field,
        "must be an http or https address");
    Check.that(
        uri.toString().length() <= MAX_URL_LENGTH,
        field,
        "must be at most " + MAX_URL_LENGTH + " characters");
    return uri;
  }
}
