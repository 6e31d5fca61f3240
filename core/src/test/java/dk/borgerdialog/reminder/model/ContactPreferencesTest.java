package dk.borgerdialog.reminder.model;

import static dk.borgerdialog.notification.model.ChannelKind.EMAIL;
import static dk.borgerdialog.notification.model.ChannelKind.IN_APP;
import static dk.borgerdialog.notification.model.ChannelKind.SMS;
import static dk.borgerdialog.notification.model.ChannelKind.WEBHOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.Notification;
import dk.borgerdialog.testfixtures.CitizenFixture;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactPreferencesTest {
  private static final String EMAIL_ADDRESS = "karen.holm@example.dk";
  private static final String PHONE = "+4512345678";

  private final CitizenId karen = CitizenFixture.anyCitizenId();

  private ContactPreferences with(
      List<ChannelKind> channels,
      @Nullable String email,
      @Nullable String phone,
      Set<ChannelKind> optedOut) {
    return new ContactPreferences(karen, channels, email, phone, QuietHours.DEFAULT, optedOut, 0);
  }

  private static void assertRejected(String field, Executable creation) {
    assertThatThrownBy(creation::execute)
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void defaults_areInAppOnlyWithDefaultQuietHours() {
    ContactPreferences defaults = ContactPreferences.defaults(karen);

    assertThat(defaults.channels()).containsExactly(IN_APP);
    assertThat(defaults.quietHours()).isEqualTo(QuietHours.DEFAULT);
    assertThat(defaults.usableChannels()).containsExactly(IN_APP);
    assertThat(defaults.address(IN_APP)).isEqualTo(karen.value().toString());
  }

  @Test
  void usableChannels_keepTheOrderAndDropOptedOutAndAddressless() {
    assertThat(with(List.of(SMS, EMAIL, IN_APP), EMAIL_ADDRESS, PHONE, Set.of()).usableChannels())
        .containsExactly(SMS, EMAIL, IN_APP);
    assertThat(
            with(List.of(SMS, EMAIL, IN_APP), EMAIL_ADDRESS, PHONE, Set.of(SMS)).usableChannels())
        .containsExactly(EMAIL, IN_APP);
    assertThat(with(List.of(SMS, EMAIL, IN_APP), null, PHONE, Set.of()).usableChannels())
        .containsExactly(SMS, IN_APP);
  }

  @Test
  void addresses_perChannel() {
    ContactPreferences prefs = with(List.of(SMS, EMAIL), EMAIL_ADDRESS, PHONE, Set.of());

    assertThat(prefs.address(SMS)).isEqualTo(PHONE);
    assertThat(prefs.address(EMAIL)).isEqualTo(EMAIL_ADDRESS);
    assertThat(prefs.address(IN_APP)).isEqualTo(karen.toString());
    assertThat(prefs.address(WEBHOOK)).isNull();
  }

  @Test
  void blankAddresses_becomeNoneAndAddressesAreTrimmed() {
    ContactPreferences prefs = with(List.of(SMS), "  ", " " + PHONE + " ", Set.of());

    assertThat(prefs.email()).isNull();
    assertThat(prefs.phone()).isEqualTo(PHONE);
  }

  @Test
  void toString_showsNoAddress() {
    assertThat(with(List.of(SMS, EMAIL), EMAIL_ADDRESS, PHONE, Set.of()).toString())
        .doesNotContain(EMAIL_ADDRESS)
        .doesNotContain(PHONE);
  }

  @Test
  void citizen_missing() {
    assertRejected(
        "citizen",
        () ->
            new ContactPreferences(
                null, List.of(IN_APP), null, null, QuietHours.DEFAULT, Set.of(), 0));
  }

  @Test
  void channels_missingEmptyTwiceWithNullOrWebhook() {
    assertRejected("channels", () -> with(null, null, null, Set.of()));
    assertRejected("channels", () -> with(List.of(), null, null, Set.of()));
    assertRejected("channels", () -> with(List.of(SMS, SMS), null, PHONE, Set.of()));
    assertRejected("channels", () -> with(Arrays.asList(SMS, null), null, PHONE, Set.of()));
    assertRejected("channels", () -> with(List.of(IN_APP, WEBHOOK), null, null, Set.of()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "karen",
        "karen@",
        "@example.dk",
        "karen@example",
        "karen holm@example.dk",
        "karen@@example.dk",
        "karen@example.d",
        "kåren@example.dk",
        "karen@-example.dk",
        "karen@example..dk",
        "karen\n@example.dk"
      })
  void email_notAnAddress(String email) {
    assertRejected("email", () -> with(List.of(EMAIL), email, null, Set.of()));
  }

  @Test
  void email_tooLong() {
    String email = "k".repeat(64) + "@" + "e".repeat(190) + ".dk";

    assertRejected("email", () -> with(List.of(EMAIL), email, null, Set.of()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"12345678", "+45 12 34 56 78", "+0123456789", "+45123", "+4512345678901234"})
  void phone_notE164(String phone) {
    assertRejected("phone", () -> with(List.of(SMS), null, phone, Set.of()));
  }

  @Test
  void quietHours_missing() {
    assertRejected(
        "quietHours",
        () -> new ContactPreferences(karen, List.of(IN_APP), null, null, null, Set.of(), 0));
  }

  @Test
  void optedOut_missingOrWithNull() {
    assertRejected("optedOut", () -> with(List.of(IN_APP), null, null, null));
    Set<ChannelKind> withNull = new HashSet<>(Arrays.asList(SMS, null));
    assertRejected("optedOut", () -> with(List.of(IN_APP), null, null, withNull));
  }

  @Test
  void everyAcceptedAddress_canBeSentTo() {
    ContactPreferences prefs =
        with(List.of(SMS, EMAIL, IN_APP), "k.holm+reminder@example.dk", PHONE, Set.of());

    for (ChannelKind channel : prefs.usableChannels()) {
      assertThat(
              Notification.of(
                  "reminder-key", channel, prefs.address(channel), Language.DA, "Påmindelse", "x"))
          .isNotNull();
    }
  }
}
