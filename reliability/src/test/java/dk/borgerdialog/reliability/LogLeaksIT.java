package dk.borgerdialog.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.reliability.support.LogLeaks;
import org.junit.jupiter.api.Test;

/** The leak check itself: it must see what it is there to see, and not cry wolf. */
class LogLeaksIT {

  @Test
  void a_cpr_number_in_either_form_is_a_leak() {
    assertThat(LogLeaks.leaks("registered citizen 0101901234 in unit")).isTrue();
    assertThat(LogLeaks.leaks("cpr=010190-1234")).isTrue();
    assertThat(LogLeaks.leaks("born 290200-4321, leap day")).isTrue();
  }

  @Test
  void ids_times_phone_numbers_and_invalid_dates_are_not() {
    assertThat(
            LogLeaks.leaks(
                "SMS reminder-1e8582db-1433-43dc-9fe7-401234567890-sms: Delivered[providerId=gw-1]"))
        .isFalse();
    assertThat(LogLeaks.leaks("215668 [main] INFO took 1234 ms at 2026-11-23T21:55:29Z")).isFalse();
    assertThat(LogLeaks.leaks("to +4520000500")).isFalse();
    assertThat(LogLeaks.leaks("ref 3213901234 has no valid date")).isFalse();
  }

  @Test
  void a_registered_message_body_is_a_leak() {
    String body = "Påmindelse: aftale i morgen kl. 10:00 hos Borgercenter Nord (leak check test)";
    assertThat(LogLeaks.leaks("sent " + body)).isFalse();
    LogLeaks.secret(body);
    assertThat(LogLeaks.leaks("sent " + body)).isTrue();
  }
}
