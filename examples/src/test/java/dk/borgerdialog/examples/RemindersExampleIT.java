package dk.borgerdialog.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reminders example delivers an SMS, falls back to e-mail, and shows one in the app. */
class RemindersExampleIT {

  @Test
  void reminders_go_out_by_sms_email_and_in_app() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    List<String> received =
        RemindersExample.run(
            new PrintStream(bytes, true, StandardCharsets.UTF_8), Duration.ofSeconds(90));

    assertThat(received).hasSize(2);
    assertThat(received.get(0))
        .startsWith("SMS ")
        .contains("+4512345678")
        .contains("Frederiksberg Sundhed")
        .contains("https://minside.frederiksberg.dk/aftaler")
        .doesNotContain("Hjemmeplejen");
    assertThat(received.get(1)).startsWith("EMAIL ");
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("SMS gateway refused a message")
        .contains("SMTP server received an e-mail to karen.holm@example.dk")
        .contains("Jonas's app shows:");
  }
}
