package dk.borgerdialog.examples.portal;

import dk.borgerdialog.Session;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which SDK capabilities the portal's API leaves out, and why. A capability is a public method of a
 * façade that hangs off a {@link Session} ({@code dialog.as(actor).contacts()}, ...), named {@code
 * "ContactOperations.write"}; overloads count as one. Each of the portal's routes names the methods
 * it calls ({@link PortalApi.Route#uses()}); every other method must be listed here, so a new
 * façade method, or a route removed, shows up as a failing test until it is routed or listed.
 */
final class FacadeCoverage {
  private FacadeCoverage() {}

  /** Left out on purpose: no person using the portal would call these. */
  static final Map<String, String> EXCLUDED =
      Map.ofEntries(
          Map.entry("Session.actor", "who the session acts as; GET /api/me says who is signed in"),
          Map.entry(
              "SetupOperations.createMunicipality",
              "the host's onboarding of its organisation; only the demo data loader calls it"),
          Map.entry(
              "SetupOperations.createCentre",
              "the host's onboarding of its organisation; only the demo data loader calls it"),
          Map.entry(
              "SetupOperations.createUnit",
              "the host's onboarding of its organisation; only the demo data loader calls it"),
          Map.entry(
              "SetupOperations.changeBookingRules",
              "a unit's configuration, kept by the host's administration; demo loader only"),
          Map.entry(
              "SetupOperations.addStaffMember",
              "staff come from the host's identity provider; only the demo data loader adds them"),
          Map.entry(
              "SetupOperations.registerCitizen",
              "citizens come from the host's case system; only the demo data loader registers"),
          Map.entry(
              "SetupOperations.findCitizen",
              "the host's lookup after a MitID sign-in; the demo picker knows its citizens"),
          Map.entry(
              "SetupOperations.addCourseTemplate",
              "the host's catalogue of course kinds; only the demo data loader adds them"),
          Map.entry(
              "PersonalDataOperations.export",
              "the typed form of exportJson, which GET /api/citizens/{citizenId}/personal-data"
                  + " serves"),
          Map.entry(
              "PersonalDataOperations.purgeExpired",
              "run by the SDK's own retention job on its schedule, not by a person"),
          Map.entry(
              "PersonalDataOperations.erase",
              "erasure follows a case worker's review in the host's case system, not a button"),
          Map.entry(
              "NetworkOperations.defineInterest",
              "the municipality's managed list of interests is kept by the host's administration"
                  + " as the system actor (docs/NETWORK.md); only the demo data loader defines"
                  + " them"),
          Map.entry(
              "AuditOperations.verifyTrail",
              "an operator's integrity check of the audit chain, run by operations tooling"));

  /**
   * Capabilities the portal does not offer yet: known gaps, each listed in docs/PORTAL.md. Empty:
   * every capability has a route or a reason above; a new façade method goes here (or gets a route)
   * before the coverage check passes again.
   */
  static final Map<String, String> NOT_YET = Map.of();

  /**
   * Every capability of the façades that hang off a session, from the interfaces themselves.
   *
   * @return names such as {@code "ContactOperations.write"}, sorted
   */
  static List<String> facadeMethods() {
    TreeSet<String> names = new TreeSet<>();
    for (Method accessor : Session.class.getMethods()) {
      Class<?> facade = accessor.getReturnType();
      if (accessor.getParameterCount() == 0
          && facade.isInterface()
          && facade.getPackageName().equals(Session.class.getPackageName())) {
        for (Method m : facade.getMethods()) {
          if (!Modifier.isStatic(m.getModifiers())) {
            names.add(facade.getSimpleName() + "." + m.getName());
          }
        }
      } else {
        names.add("Session." + accessor.getName());
      }
    }
    return new ArrayList<>(names);
  }

  /**
   * The capabilities that neither a route names nor a list here.
   *
   * @param routes the portal's routes
   * @return the missing ones, sorted
   */
  static List<String> uncovered(List<PortalApi.Route> routes) {
    TreeSet<String> covered = new TreeSet<>(EXCLUDED.keySet());
    covered.addAll(NOT_YET.keySet());
    routes.forEach(r -> covered.addAll(r.uses()));
    return facadeMethods().stream()
        .filter(m -> !covered.contains(m))
        .sorted(Comparator.naturalOrder())
        .toList();
  }
}
