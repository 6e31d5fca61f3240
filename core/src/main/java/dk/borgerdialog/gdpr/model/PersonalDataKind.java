package dk.borgerdialog.gdpr.model;

import dk.borgerdialog.citizen.model.CitizenId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One kind of personal data a capability holds about citizens (a secondary port, and the SPI
 * through which a capability joins export and erasure).
 *
 * <p>Each capability contributes its kinds (the plan, reminders, notifications, grants, the audit
 * trail; later messages, signups, material). The export and erasure use cases go through all of
 * them without knowing any: a new capability adds a kind, never a case to a central switch.
 *
 * <p>Both methods run in the caller's transaction. Kinds are erased in the reverse order of their
 * registration, so that a kind whose rows refer to another's is erased before it.
 */
public interface PersonalDataKind {

  /**
   * The section's name in the export, in lower camel case, such as {@code "appointments"}.
   *
   * @return the name
   */
  String name();

  /**
   * Everything this kind holds about a citizen, as JSON-ready items: maps of field name to strings
   * (instants in ISO-8601 UTC, ids as UUID text), numbers, booleans, null, and nested lists and
   * maps.
   *
   * @param citizen the citizen
   * @return the items, possibly none
   */
  List<Map<String, Object>> export(CitizenId citizen);

  /**
   * Erases or anonymises what this kind holds about a citizen, as far as the law allows.
   *
   * @param citizen the citizen
   * @param now the instant of the erasure
   * @return how many rows were deleted or stripped
   */
  int erase(CitizenId citizen, Instant now);
}
