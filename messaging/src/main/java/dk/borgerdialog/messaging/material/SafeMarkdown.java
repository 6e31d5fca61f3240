package dk.borgerdialog.messaging.material;

import dk.borgerdialog.material.model.MarkdownRenderer;
import java.util.Objects;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Renders the safe subset of Markdown that text items are written in to sanitised HTML, with
 * CommonMark and the OWASP Java HTML Sanitizer.
 *
 * <p>Two layers keep a citizen's page safe. CommonMark escapes raw HTML in the text (it is shown as
 * text, never as markup) and drops unsafe link addresses. The output then passes an allow-list:
 * paragraphs, line breaks, emphasis, headings, lists, quotes, code, rules and links to {@code
 * http}, {@code https} or {@code mailto} addresses, which get {@code rel="nofollow noopener
 * noreferrer"}. Anything else (scripts, images, frames, styles, event handler attributes, {@code
 * javascript:} or {@code data:} addresses) is removed.
 *
 * <p>Thread-safe; create one and share it.
 */
public final class SafeMarkdown implements MarkdownRenderer {
  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "hr",
              "em",
              "strong",
              "code",
              "pre",
              "blockquote",
              "ul",
              "ol",
              "li",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "a")
          .allowStandardUrlProtocols()
          // absolute addresses only: a relative one would point into the host's own pages
          .allowAttributes("href")
          .matching(Pattern.compile("(?i)(https?://|mailto:)\\S+"))
          .onElements("a")
          .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
          .allowAttributes("start")
          .matching(Pattern.compile("[0-9]{1,6}"))
          .onElements("ol")
          .toFactory();

  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  /** Creates the renderer. */
  public SafeMarkdown() {}

  @Override
  public String toSafeHtml(String markdown) {
    Objects.requireNonNull(markdown, "markdown");
    return POLICY.sanitize(renderer.render(parser.parse(markdown)));
  }
}
