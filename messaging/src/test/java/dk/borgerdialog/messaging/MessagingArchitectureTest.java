package dk.borgerdialog.messaging;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.borgerdialog.notification.model.NotificationChannel;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The messaging module is an adapter: no DI container, no SQL, time from the injected clock. */
class MessagingArchitectureTest {
  private static final JavaClasses MESSAGING =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("dk.borgerdialog.messaging");

  @Test
  void moduleIsImported() {
    assertThat(MESSAGING)
        .extracting(c -> c.getSimpleName())
        .contains(
            "SmtpNotificationChannel",
            "SmsGatewayNotificationChannel",
            "WebhookNotificationChannel",
            "MessageTemplates");
  }

  @Test
  void noDiContainerSqlOrLoggingBinding() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.google.inject..",
            "org.jooq..",
            "java.sql..",
            "javax.sql..",
            "org.slf4j.simple..",
            "com.github.kagkarlsson..")
        .because("messaging adapts core to mail and HTTP only; the host picks DI and logging")
        .check(MESSAGING);
  }

  @Test
  void timeComesFromTheInjectedClock() {
    noClasses()
        .should()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(Clock.class, "systemUTC")
        .orShould()
        .callMethod(Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .check(MESSAGING);
  }

  @Test
  void channelsAreFinal_andNamedAfterTheirTechnology() {
    classes()
        .that()
        .implement(NotificationChannel.class)
        .should()
        .haveSimpleNameEndingWith("NotificationChannel")
        .andShould()
        .haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
        .check(MESSAGING);
  }
}
