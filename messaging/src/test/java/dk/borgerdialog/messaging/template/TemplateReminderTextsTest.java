package dk.borgerdialog.messaging.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.reminder.model.ReminderTexts;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TemplateReminderTextsTest {
  private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  private final SettableClock clock = SettableClock.at("2026-11-22T20:00", "Europe/Copenhagen");
  private final TemplateReminderTexts texts =
      TemplateReminderTexts.create(clock, URI.create("https://minside.kk.dk/aftaler"));

  @Test
  void sms_is_one_neutral_gsm7_message_with_the_time_place_and_link() {
    ReminderTexts.Text sms =
        texts.reminder(
            LocalDateTime.parse("2026-11-23T10:00").atZone(CPH).toInstant(),
            CPH,
            "Borgercenter Nord",
            Language.DA,
            true);

    assertThat(sms.body())
        .contains("i morgen kl. 10:00")
        .contains("Borgercenter Nord")
        .contains("https://minside.kk.dk/aftaler");
    assertThat(Gsm7.septets(sms.body())).isLessThanOrEqualTo(160);
  }

  @Test
  void email_has_a_subject_and_an_english_body_for_an_english_citizen() {
    ReminderTexts.Text email =
        texts.reminder(
            LocalDateTime.parse("2026-11-23T10:00").atZone(CPH).toInstant(),
            CPH,
            "Borgercenter Nord",
            Language.EN,
            false);

    assertThat(email.subject()).isNotBlank();
    assertThat(email.body()).contains("tomorrow").contains("10:00").contains("Borgercenter Nord");
  }

  @Test
  void the_app_link_must_be_https() {
    assertThatThrownBy(
            () -> TemplateReminderTexts.create(clock, URI.create("http://minside.kk.dk/aftaler")))
        .isInstanceOf(InvalidInputException.class);
  }
}
