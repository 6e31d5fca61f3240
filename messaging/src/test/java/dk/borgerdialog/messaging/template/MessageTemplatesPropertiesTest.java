package dk.borgerdialog.messaging.template;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.SettableClock;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every reminder template, in both languages, over many times, places and links: the SMS fits one
 * GSM-7 message, and no text carries a CPR-like number or a health or social term.
 */
class MessageTemplatesPropertiesTest {
  private static final Instant NOW = Instant.parse("2026-10-01T16:00:00Z");

  /** Terms a reminder must never carry; the place names below are neutral, as a unit's must be. */
  private static final List<String> SENSITIVE_TERMS =
      List.of(
          "behandling",
          "misbrug",
          "alkohol",
          "stof",
          "psykiatri",
          "rusmiddel",
          "afrusning",
          "sygdom",
          "diagnose",
          "cpr",
          "treatment",
          "addiction",
          "substance",
          "psychiatric",
          "hospital",
          "alcohol",
          "drug",
          "diagnosis",
          "illness");

  /** Six digits in a row, possibly split as in a CPR number (ddmmyy-xxxx). */
  private static final Pattern CPR_LIKE =
      Pattern.compile("\\d{6}|\\d{2}[.\\-/ ]?\\d{2}[.\\-/ ]?\\d{2}[-\\s]?\\d{4}");

  private static final List<String> ZONES =
      List.of("Europe/Copenhagen", "Atlantic/Faroe", "America/Nuuk", "UTC");

  private static final List<String> WORDS =
      List.of(
          "Borgercenter",
          "Nord",
          "Syd",
          "Øst",
          "Vest",
          "Sundhedshuset",
          "Rådhuset",
          "Kulturhuset",
          "Frederiksberg",
          "Amager",
          "Vanløse",
          "Nørrebro",
          "Valby",
          "Hjemmeplejen",
          "Gruppe",
          "Træningscenter",
          "Aktivitetscenter",
          "Huset",
          "Café",
          "Mødestedet",
          "Team",
          "Enhed",
          "Borgerservice",
          "Sct.",
          "Jørgens",
          "Gade",
          "10",
          "2B",
          "&",
          "-",
          "Æblehaven",
          "Ågården");

  @Property(tries = 400)
  void sms_fitsOneGsm7Message(
      @ForAll("details") ReminderDetails details, @ForAll Language language) {
    String sms = templates().reminderSms(details, language);

    assertThat(Gsm7.isEncodable(sms)).as(sms).isTrue();
    assertThat(Gsm7.septets(sms)).as(sms).isLessThanOrEqualTo(MessageTemplates.SMS_MAX_SEPTETS);
    assertThat(sms).doesNotContain("\n").endsWith(details.appLink().toString());
  }

  @Property(tries = 400)
  void sms_ofRealisticInputs_isTheFullText(
      @ForAll("realisticDetails") ReminderDetails details, @ForAll Language language) {
    String sms = templates().reminderSms(details, language);

    assertThat(sms)
        .as(sms)
        .contains(Gsm7.transliterate(details.placeName()))
        .contains(language == Language.DA ? "Se detaljer i appen:" : "See details in the app:");
    assertThat(Gsm7.septets(sms)).isLessThanOrEqualTo(MessageTemplates.SMS_MAX_SEPTETS);
  }

  @Property(tries = 400)
  void noTemplate_carriesACprNumberOrASensitiveTerm(
      @ForAll("realisticDetails") ReminderDetails details, @ForAll Language language) {
    MessageTemplates templates = templates();
    EmailContent email = templates.reminderEmail(details, language);

    for (String text :
        List.of(
            templates.reminderSms(details, language),
            email.subject(),
            email.text(),
            email.html())) {
      assertThat(CPR_LIKE.matcher(text).find()).as(text).isFalse();
      String lower = text.toLowerCase(Locale.ROOT);
      assertThat(SENSITIVE_TERMS).as(text).noneMatch(lower::contains);
    }
  }

  @Property(tries = 300)
  void email_html_escapesEveryPlaceName(
      @ForAll("anyPlaceName") String place, @ForAll Language language) {
    ReminderDetails details =
        ReminderDetails.of(
            NOW.plusSeconds(86_400),
            ZoneId.of("Europe/Copenhagen"),
            place,
            URI.create("https://bd.dk/a/1"));
    EmailContent email = templates().reminderEmail(details, language);

    String html = email.html();
    String body =
        html.substring(html.indexOf('>', html.indexOf("<body")) + 1, html.indexOf("</body>"));
    assertThat(body).doesNotContainPattern("<(?!/?(p|br|a|body)[ >])");
    assertThat(body.replaceAll("<a href=\"[^\"]*\">", "")).doesNotContain("\"");
  }

  private static MessageTemplates templates() {
    return MessageTemplates.create(SettableClock.at(NOW));
  }

  @Provide
  Arbitrary<ReminderDetails> details() {
    return Combinators.combine(starts(), zones(), anyPlaceName(), links(80))
        .as(ReminderDetails::of);
  }

  @Provide
  Arbitrary<ReminderDetails> realisticDetails() {
    return Combinators.combine(starts(), zones(), neutralPlaceName(30), links(35))
        .as(ReminderDetails::of);
  }

  /** From an hour ago to a year and a half ahead. */
  private static Arbitrary<Instant> starts() {
    return Arbitraries.longs()
        .between(-3_600, 550L * 86_400)
        .map(seconds -> NOW.plusSeconds(seconds));
  }

  private static Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES).map(ZoneId::of);
  }

  private static Arbitrary<String> neutralPlaceName(int maxLength) {
    return Arbitraries.of(WORDS)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(words -> String.join(" ", words))
        .filter(name -> name.length() <= maxLength && !name.isBlank());
  }

  /** Any text a host could give as a place name, within the record's rules. */
  @Provide
  Arbitrary<String> anyPlaceName() {
    return Arbitraries.oneOf(
            neutralPlaceName(100),
            Arbitraries.strings().ofMinLength(1).ofMaxLength(100),
            Arbitraries.strings()
                .withChars("<>&\"'`={}[]~|€^\\ æøåÅ–“”…🙂日")
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(100))
        .filter(MessageTemplatesPropertiesTest::validPlaceName);
  }

  /** Short https links such as {@code https://bd.kk.dk/a/7Qx2}, without long digit runs. */
  private static Arbitrary<URI> links(int maxLength) {
    Arbitrary<String> host = Arbitraries.of("bd.dk", "bd.kk.dk", "dialog.frederiksberg.dk", "x.dk");
    Arbitrary<String> code =
        Arbitraries.strings().alpha().numeric().withChars("-_~").ofMinLength(1).ofMaxLength(60);
    return Combinators.combine(host, code)
        .as((h, c) -> "https://" + h + "/a/" + c)
        .filter(
            link ->
                link.length() <= maxLength
                    && !Pattern.compile("\\d{4}").matcher(link).find()
                    // the host's link is input, not our text: keep it free of the checked terms
                    && SENSITIVE_TERMS.stream()
                        .noneMatch(term -> link.toLowerCase(Locale.ROOT).contains(term)))
        .map(URI::create);
  }

  private static boolean validPlaceName(String name) {
    try {
      ReminderDetails.of(NOW, ZoneId.of("UTC"), name, URI.create("https://bd.dk/a"));
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }
}
