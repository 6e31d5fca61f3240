package dk.borgerdialog.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The contacts example exchanges messages and mails a notice without the message text. */
class ContactsExampleIT {

  @Test
  void a_citizen_and_a_mentor_exchange_messages_and_the_email_carries_no_text() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    String mail =
        ContactsExample.run(
            new PrintStream(bytes, true, StandardCharsets.UTF_8), Duration.ofSeconds(90));

    assertThat(mail).contains("Du har en ny besked").doesNotContain("fredag").doesNotContain("Ali");
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Jonas's contacts: Ali Hassan, Mentor")
        .contains("Ali has 1 unread message")
        .contains("Ali answers: Hej Jonas, fredag kl. 10 passer fint.")
        .contains("Jonas has 1 unread message")
        .contains("Jonas reads: Hej Jonas, fredag kl. 10 passer fint.")
        .contains("Jonas has 0 unread messages");
  }
}
