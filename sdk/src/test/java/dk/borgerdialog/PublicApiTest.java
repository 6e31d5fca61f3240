package dk.borgerdialog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** No Guice, jOOQ, H2, Flyway or JDBC-driver type in the SDK's public API. */
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
        .resideInAPackage("dk.borgerdialog")
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
