package dk.borgerdialog.messaging.internal;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dk.borgerdialog.common.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a plain-text message into the HTML part of an e-mail: paragraphs at blank lines, line
 * breaks inside them, https links as anchors, and every piece of text HTML-escaped by the template
 * engine. The HTML says exactly what the text says, so the two parts of an e-mail never differ.
 */
public final class HtmlBody {
  private static final Pattern LINK = Pattern.compile("https://[^\\s<>\"']+");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final String TRAILING_PUNCTUATION = ".,;:!?)";
  private static final Template TEMPLATE =
      Mustache.compiler().strictSections(true).compile(load("email.html.mustache"));

  private HtmlBody() {}

  /**
   * Renders the HTML for a message.
   *
   * @param subject the subject, used as the document's title
   * @param text the plain text
   * @param language the language, for the document's {@code lang}
   * @return a complete HTML document
   */
  public static String render(String subject, String text, Language language) {
    List<Map<String, Object>> paragraphs = new ArrayList<>();
    for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
      List<Map<String, Object>> lines = new ArrayList<>();
      for (String line : LINE_BREAK.split(paragraph.strip())) {
        lines.add(Map.of("parts", parts(line)));
      }
      paragraphs.add(Map.of("lines", lines));
    }
    return TEMPLATE.execute(
        Map.of(
            "lang",
            language.name().toLowerCase(Locale.ROOT),
            "subject",
            subject,
            "paragraphs",
            paragraphs));
  }

  private static List<Map<String, Object>> parts(String line) {
    List<Map<String, Object>> parts = new ArrayList<>();
    Matcher link = LINK.matcher(line);
    int at = 0;
    while (link.find()) {
      String url = link.group();
      int end = url.length();
      while (end > "https://".length() && TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
        end--;
      }
      url = url.substring(0, end);
      if (link.start() > at) {
        parts.add(Map.of("link", false, "text", line.substring(at, link.start())));
      }
      parts.add(Map.of("link", true, "text", url));
      at = link.start() + end;
    }
    if (at < line.length()) {
      parts.add(Map.of("link", false, "text", line.substring(at)));
    }
    return parts;
  }

  /**
   * Loads a template from this module's template folder.
   *
   * @param name the file name
   * @return the template's text
   * @throws UncheckedIOException if it cannot be read (a packaging error)
   */
  public static String load(String name) {
    String path = "/dk/borgerdialog/messaging/templates/" + name;
    try (InputStream in = HtmlBody.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing template " + path));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
