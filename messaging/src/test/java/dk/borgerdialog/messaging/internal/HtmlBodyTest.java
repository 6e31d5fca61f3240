package dk.borgerdialog.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.common.Language;
import org.junit.jupiter.api.Test;

class HtmlBodyTest {

  private static String body(String html) {
    return html.substring(html.indexOf('>', html.indexOf("<body")) + 1, html.indexOf("</body>"));
  }

  @Test
  void paragraphsAndLineBreaks_followTheText() {
    String html = HtmlBody.render("Emne", "Hej\n\nFørste linje\nAnden linje", Language.DA);

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"da\">");
    assertThat(body(html).strip()).isEqualTo("<p>Hej</p>\n<p>Første linje<br>\nAnden linje</p>");
  }

  @Test
  void httpsLinks_becomeAnchors_withoutTrailingPunctuation() {
    String html =
        HtmlBody.render("s", "Se https://bd.dk/a/7Qx. Eller http://evil.example/x", Language.EN);

    assertThat(body(html))
        .contains("Se <a href=\"https://bd.dk/a/7Qx\">https://bd.dk/a/7Qx</a>. Eller")
        .contains("http://evil.example/x")
        .doesNotContain("href=\"http://");
  }

  @Test
  void everyCharacter_isEscaped_inTextTitleAndLinks() {
    String html =
        HtmlBody.render(
            "<title>", "<b>Tom & \"Jerry\"</b>\nhttps://bd.dk/a?x=1&y=<2>", Language.EN);

    assertThat(html)
        .contains("<title>&lt;title&gt;</title>")
        .contains("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;")
        .contains("<a href=\"https://bd.dk/a?x&#x3D;1&amp;y&#x3D;\">")
        .doesNotContain("<b>", "<2>");
  }
}
