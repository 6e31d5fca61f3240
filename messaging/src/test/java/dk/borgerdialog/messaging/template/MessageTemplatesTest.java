package dk.borgerdialog.messaging.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.SettableClock;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageTemplatesTest {
  private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  private static final URI LINK = URI.create("https://bd.example.dk/a/7Qx");

  // Thursday 1 October 2026, 18:00 in Copenhagen
  private final SettableClock clock = SettableClock.at("2026-10-01T18:00", "Europe/Copenhagen");
  private final MessageTemplates templates = MessageTemplates.create(clock);

  private static ReminderDetails at(String localStart, String place) {
    Instant start = LocalDateTime.parse(localStart).atZone(CPH).toInstant();
    return ReminderDetails.of(start, CPH, place, LINK);
  }

  @Test
  void sms_tomorrow_inDanishAndEnglish() {
    ReminderDetails details = at("2026-10-02T10:00", "Borgercenter Nord");

    assertThat(templates.reminderSms(details, Language.DA))
        .isEqualTo(
            "Påmindelse: aftale i morgen kl. 10:00 hos Borgercenter Nord."
                + " Se detaljer i appen: https://bd.example.dk/a/7Qx");
    assertThat(templates.reminderSms(details, Language.EN))
        .isEqualTo(
            "Reminder: appointment tomorrow 10:00 at Borgercenter Nord."
                + " See details in the app: https://bd.example.dk/a/7Qx");
  }

  @Test
  void sms_today() {
    ReminderDetails details = at("2026-10-01T20:15", "Borgercenter Nord");

    assertThat(templates.reminderSms(details, Language.DA)).contains("aftale i dag kl. 20:15 hos");
    assertThat(templates.reminderSms(details, Language.EN)).contains("appointment today 20:15 at");
  }

  @Test
  void sms_laterDays_showWeekdayAndDate() {
    ReminderDetails details = at("2026-10-05T09:30", "Sundhedshuset");

    assertThat(templates.reminderSms(details, Language.DA))
        .contains("aftale mandag d. 5. oktober kl. 09:30 hos Sundhedshuset.");
    assertThat(templates.reminderSms(details, Language.EN))
        .contains("appointment Monday 5 October 09:30 at Sundhedshuset.");
  }

  @Test
  void sms_farAhead_showsTheYear() {
    ReminderDetails details = at("2027-06-01T09:30", "Sundhedshuset");

    assertThat(templates.reminderSms(details, Language.DA))
        .contains("tirsdag d. 1. juni 2027 kl. 09:30");
    assertThat(templates.reminderSms(details, Language.EN)).contains("Tuesday 1 June 2027 09:30");
  }

  @Test
  void tomorrow_isJudgedInTheCitizensZone_acrossTheSpringDstChange() {
    // 28 March 2026 23:30 in Copenhagen; the clocks go forward at 02:00 that night
    clock.set(Instant.parse("2026-03-28T22:30:00Z"));
    ReminderDetails details =
        ReminderDetails.of(Instant.parse("2026-03-29T01:30:00Z"), CPH, "Nord", LINK);

    assertThat(templates.reminderSms(details, Language.DA)).contains("i morgen kl. 03:30");
  }

  @Test
  void tomorrow_isJudgedInTheCitizensZone_acrossTheAutumnDstChange() {
    clock.set(Instant.parse("2026-10-24T21:59:00Z")); // 23:59 CEST
    // 02:30 local happens twice on 25 October 2026; this is the second, in CET
    ReminderDetails details =
        ReminderDetails.of(Instant.parse("2026-10-25T01:30:00Z"), CPH, "Nord", LINK);

    assertThat(templates.reminderSms(details, Language.EN)).contains("tomorrow 02:30");
    clock.set(Instant.parse("2026-10-24T22:01:00Z")); // 00:01 CEST on the 25th
    assertThat(templates.reminderSms(details, Language.EN)).contains("today 02:30");
  }

  @Test
  void sms_tooLong_dropsTheCallToRead_thenShortensThePlace() {
    URI longLink = URI.create("https://borgerdialog.frederiksberg.example.dk/aftaler/7Qx2kLm9ZpQ");
    Instant start = LocalDateTime.parse("2026-10-07T10:00").atZone(CPH).toInstant();
    String place = "Frederiksberg Kommunes Rehabiliteringscenter og Træningsenhed Vest";
    ReminderDetails details = ReminderDetails.of(start, CPH, place, longLink);

    String sms = templates.reminderSms(details, Language.DA);

    assertThat(Gsm7.septets(sms)).isLessThanOrEqualTo(MessageTemplates.SMS_MAX_SEPTETS);
    assertThat(sms)
        .doesNotContain("Se detaljer")
        .startsWith("Påmindelse: aftale onsdag d. 7. oktober kl. 10:00 hos Frederiksberg")
        .contains("...")
        .endsWith(". " + longLink);
  }

  @Test
  void sms_transliteratesPlaceNamesOutOfGsm7() {
    String sms =
        templates.reminderSms(at("2026-10-02T10:00", "Café “Mødestedet” – Nord"), Language.DA);

    assertThat(sms).contains("hos Café \"Mødestedet\" - Nord.");
    assertThat(Gsm7.isEncodable(sms)).isTrue();
  }

  @Test
  void email_hasSubjectTextAndHtml() {
    EmailContent email =
        templates.reminderEmail(at("2026-10-02T10:00", "Borgercenter Nord"), Language.DA);

    assertThat(email.subject()).isEqualTo("Påmindelse: aftale i morgen kl. 10:00");
    assertThat(email.text())
        .contains("din aftale i morgen kl. 10:00 hos Borgercenter Nord.")
        .contains("https://bd.example.dk/a/7Qx");
    assertThat(email.html())
        .contains("<html lang=\"da\">")
        .contains("<title>Påmindelse: aftale i morgen kl. 10:00</title>")
        .contains("<a href=\"https://bd.example.dk/a/7Qx\">https://bd.example.dk/a/7Qx</a>")
        .contains("hos Borgercenter Nord.");
    assertThat(
            templates
                .reminderEmail(at("2026-10-02T10:00", "Borgercenter Nord"), Language.EN)
                .subject())
        .isEqualTo("Reminder: appointment tomorrow 10:00");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "Nord\" onmouseover=\"alert(1)",
        "<img src=x onerror=alert(1)>",
        "Tom & Jerry's <b>hus</b>",
        "{{link}} ${x} `x`"
      })
  void email_html_escapesHostilePlaceNames(String place) {
    EmailContent email = templates.reminderEmail(at("2026-10-02T10:00", place), Language.EN);

    assertThat(email.text()).contains(place);
    String html = email.html();
    String body = html.substring(html.indexOf("<body"), html.indexOf("</body>"));
    assertThat(body)
        .doesNotContain("<script", "<img", "<b>", "\" onmouseover")
        .doesNotContainPattern("<(?!/?(p|br|a|body)[ >])");
    if (place.contains("<")) {
      assertThat(body).contains("&lt;");
    }
  }

  @Test
  void details_areValidated() {
    Instant start = Instant.parse("2026-10-02T08:00:00Z");
    assertThatThrownBy(() -> ReminderDetails.of(start, CPH, " ", LINK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("placeName");
    assertThatThrownBy(() -> ReminderDetails.of(start, CPH, "Nord", URI.create("http://bd.dk/a")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("appLink");
    assertThatThrownBy(
            () ->
                ReminderDetails.of(
                    start, CPH, "Nord", URI.create("https://bd.dk/" + "a".repeat(80))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("appLink");
    assertThat(ReminderDetails.of(start, CPH, "Nord", LINK).toString())
        .doesNotContain("Nord", "bd.example");
  }
}
