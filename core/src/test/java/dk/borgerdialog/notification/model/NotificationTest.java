package dk.borgerdialog.notification.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationTest {

  private static Notification sms(String address) {
    return Notification.of("r-1:SMS", ChannelKind.SMS, address, Language.DA, "", "Hej");
  }

  private static Notification email(String address) {
    return Notification.of("r-1:EMAIL", ChannelKind.EMAIL, address, Language.DA, "Emne", "Hej");
  }

  private static Notification webhook(String address) {
    return Notification.of("r-1:WEBHOOK", ChannelKind.WEBHOOK, address, Language.EN, "", "Hi");
  }

  private static void assertRejected(Runnable creation, String field) {
    assertThatThrownBy(creation::run)
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void toString_showsIdsAndChannelOnly() {
    Notification n =
        Notification.of(
            "reminder-42:EMAIL",
            ChannelKind.EMAIL,
            "karen.holm@example.dk",
            Language.DA,
            "Aftale hos Borgercenter Nord",
            "Påmindelse: aftale i morgen kl. 10:00");

    assertThat(n.toString())
        .contains("reminder-42:EMAIL", "EMAIL")
        .doesNotContain("karen", "example.dk", "Borgercenter", "Påmindelse", "10:00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+4512345678", "+12025550123", "+447911123456"})
  void sms_acceptsE164(String phone) {
    assertThat(sms(phone).address()).isEqualTo(phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678", "+45 12 34 56 78", "+0451234567", "+45123", "+45abc45678"})
  void sms_rejectsOtherPhoneForms(String phone) {
    assertRejected(() -> sms(phone), "address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"karen@example.dk", "anna.holm+bd@mail.example.com", "a_b@x-y.dk"})
  void email_acceptsAddresses(String address) {
    assertThat(email(address).address()).isEqualTo(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "karen",
        "karen@",
        "@example.dk",
        "karen@localhost",
        "karen holm@example.dk",
        "karen@example.dk\r\nBcc: x@y.dk",
        "a..b@example.dk",
        "<karen@example.dk>"
      })
  void email_rejectsOtherForms(String address) {
    assertRejected(() -> email(address), "address");
  }

  @Test
  void email_requiresASubject() {
    assertRejected(
        () -> Notification.of("k", ChannelKind.EMAIL, "a@b.dk", Language.DA, " ", "Hej"),
        "subject");
  }

  @Test
  void subject_isOptionalOutsideEmail_andEmptyWhenBlank() {
    assertThat(sms("+4512345678").subject()).isEmpty();
    assertThat(
            Notification.of("k", ChannelKind.SMS, "+4512345678", Language.DA, "  ", "x").subject())
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://host.example.dk/hooks/bd",
        "http://localhost:8080/h",
        "http://127.0.0.1/h"
      })
  void webhook_acceptsHttpsAndLoopbackHttp(String url) {
    assertThat(webhook(url).address()).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://host.example.dk/h",
        "ftp://host.example.dk/h",
        "/relative",
        "https://user:secret@host.example.dk/h",
        "https://host.example.dk/h#frag",
        "not a url"
      })
  void webhook_rejectsOtherUrls(String url) {
    assertRejected(() -> webhook(url), "address");
  }

  @Test
  void inApp_addressIsACitizenId() {
    String id = "3F2504E0-4F89-11D3-9A0C-0305E82C3301";
    assertThat(Notification.of("k", ChannelKind.IN_APP, id, Language.DA, "", "x").address())
        .isEqualTo(id.toLowerCase(java.util.Locale.ROOT));
    assertRejected(
        () -> Notification.of("k", ChannelKind.IN_APP, "karen", Language.DA, "", "x"), "address");
  }

  @Test
  void idempotencyKey_isVisibleAsciiUpTo200() {
    assertRejected(
        () -> Notification.of("a b", ChannelKind.SMS, "+4512345678", Language.DA, "", "x"),
        "idempotencyKey");
    assertRejected(
        () -> Notification.of("nøgle", ChannelKind.SMS, "+4512345678", Language.DA, "", "x"),
        "idempotencyKey");
    assertRejected(
        () ->
            Notification.of("k".repeat(201), ChannelKind.SMS, "+4512345678", Language.DA, "", "x"),
        "idempotencyKey");
    assertThat(
            Notification.of("k".repeat(200), ChannelKind.SMS, "+4512345678", Language.DA, "", "x")
                .idempotencyKey())
        .hasSize(200);
  }

  @Test
  void subjectAndBody_haveLimits() {
    assertRejected(
        () ->
            Notification.of("k", ChannelKind.EMAIL, "a@b.dk", Language.DA, "s".repeat(201), "body"),
        "subject");
    assertRejected(
        () -> Notification.of("k", ChannelKind.EMAIL, "a@b.dk", Language.DA, "a\nb", "body"),
        "subject");
    assertRejected(
        () -> Notification.of("k", ChannelKind.EMAIL, "a@b.dk", Language.DA, "s", "b".repeat(2001)),
        "body");
    assertRejected(
        () -> Notification.of("k", ChannelKind.EMAIL, "a@b.dk", Language.DA, "s", " "), "body");
    assertThat(
            Notification.of("k", ChannelKind.EMAIL, "a@b.dk", Language.DA, "s", "line 1\nline 2")
                .body())
        .isEqualTo("line 1\nline 2");
  }

  @Test
  void nulls_areRejectedNamingTheField() {
    assertRejected(
        () -> Notification.of(null, ChannelKind.SMS, "+4512345678", Language.DA, "", "x"),
        "idempotencyKey");
    assertRejected(
        () -> Notification.of("k", null, "+4512345678", Language.DA, "", "x"), "channel");
    assertRejected(
        () -> Notification.of("k", ChannelKind.SMS, null, Language.DA, "", "x"), "address");
    assertRejected(
        () -> Notification.of("k", ChannelKind.SMS, "+4512345678", null, "", "x"), "language");
    assertRejected(
        () -> Notification.of("k", ChannelKind.SMS, "+4512345678", Language.DA, null, "x"),
        "subject");
    assertRejected(
        () -> Notification.of("k", ChannelKind.SMS, "+4512345678", Language.DA, "", null), "body");
  }
}
