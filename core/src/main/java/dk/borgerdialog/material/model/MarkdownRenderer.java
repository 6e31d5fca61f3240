package dk.borgerdialog.material.model;

/**
 * Turns the Markdown of a text item into HTML that is safe to put in a citizen's page (a secondary
 * port).
 *
 * <p>An implementation must never let raw HTML, scripts, {@code javascript:} or other non-web
 * links, or event handler attributes through: the output is sanitised by an allow-list.
 */
public interface MarkdownRenderer {

  /**
   * Renders Markdown to sanitised HTML.
   *
   * @param markdown the text
   * @return the HTML fragment
   */
  String toSafeHtml(String markdown);
}
