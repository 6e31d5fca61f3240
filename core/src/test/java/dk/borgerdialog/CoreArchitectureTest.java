package dk.borgerdialog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Core depends inwards only: no adapter technology, no DI container, no JSON, no JDBC; models never
 * reach into use cases; and domain time comes from the injected clock.
 */
class CoreArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("dk.borgerdialog");

  @Test
  void coreIsImported() {
    // guards the rules below against passing on an empty import
    org.assertj.core.api.Assertions.assertThat(CORE)
        .extracting(c -> c.getName())
        .contains("dk.borgerdialog.plan.model.Appointment", "dk.borgerdialog.access.AccessPolicy")
        .noneMatch(name -> name.contains("testfixtures") || name.endsWith("Test"));
  }

  @Test
  void coreDependsOnNoAdapterTechnology() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("dk.borgerdialog..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.jooq..",
                "com.google.inject..",
                "com.fasterxml.jackson..",
                "java.sql..",
                "javax.sql..",
                "org.h2..",
                "org.flywaydb..",
                "com.github.kagkarlsson..",
                "org.postgresql..",
                "net.fortuna..")
            .because("core holds the domain and its ports; adapters live in other modules");
    rule.check(CORE);
  }

  @Test
  void modelsDoNotDependOnUseCases() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("..model..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..application..")
            .because("use cases orchestrate the model, never the other way round");
    rule.check(CORE);
  }

  @Test
  void timeComesFromTheInjectedClock() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("dk.borgerdialog..")
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(Clock.class, "systemUTC")
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .because("STYLE.md: time always comes from an injected java.time.Clock");
    rule.check(CORE);
  }
}
