package dk.borgerdialog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No Guice, jOOQ, H2, Flyway or JDBC-driver type in the SDK's public API: the package {@code
 * dk.borgerdialog} and every package below it, except {@code internal} (not API) and {@code guice}
 * (the opt-in module for hosts that already use Guice, which is a Guice type by nature).
 */
class PublicApiTest {
  private static final String[] FORBIDDEN = {
    "com.google.inject..", "org.jooq..", "org.h2..", "org.flywaydb..", "org.postgresql.."
  };

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dk.borgerdialog");

  @Test
  void public_methods_of_the_api_expose_no_framework_or_vendor_type() {
    noMethods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("dk.borgerdialog..")
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackages("..internal..", "dk.borgerdialog.guice..")
        .should()
        .haveRawReturnType(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a framework or vendor type",
                t ->
                    t.getPackageName().startsWith("com.google.inject")
                        || t.getPackageName().startsWith("org.jooq")
                        || t.getPackageName().startsWith("org.h2")))
        .orShould()
        .haveRawParameterTypes(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a framework or vendor type",
                (java.util.List<com.tngtech.archunit.core.domain.JavaClass> ts) ->
                    ts.stream()
                        .anyMatch(
                            t ->
                                t.getPackageName().startsWith("com.google.inject")
                                    || t.getPackageName().startsWith("org.jooq")
                                    || t.getPackageName().startsWith("org.h2"))))
        .check(classes);
  }

  @Test
  void public_api_types_extend_no_framework_or_vendor_type() {
    noClasses()
        .that()
        .arePublic()
        .and()
        .resideInAPackage("dk.borgerdialog..")
        .and()
        .resideOutsideOfPackages("..internal..", "dk.borgerdialog.guice..")
        .should()
        .beAssignableTo(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a framework or vendor type", PublicApiTest::isForbidden))
        .check(classes);
  }

  private static boolean isForbidden(com.tngtech.archunit.core.domain.JavaClass type) {
    String name = type.getPackageName();
    return name.startsWith("com.google.inject")
        || name.startsWith("org.jooq")
        || name.startsWith("org.h2")
        || name.startsWith("org.flywaydb")
        || name.startsWith("org.postgresql")
        || name.startsWith("com.github.benmanes.caffeine");
  }

  @Test
  void the_api_package_depends_on_no_persistence_or_vendor_type() {
    noClasses()
        .that()
        .resideInAPackage("dk.borgerdialog")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FORBIDDEN)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("dk.borgerdialog.persistence..")
        .check(classes);
  }
}
