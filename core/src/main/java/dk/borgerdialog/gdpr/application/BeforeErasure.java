package dk.borgerdialog.gdpr.application;

import dk.borgerdialog.citizen.model.CitizenId;

/**
 * Work that must be done, in the erasure's transaction and before any data is erased, so that the
 * rest of the system lets go of the citizen properly: for example, the seats the citizen held on
 * activities are given to those on the waiting lists (and they are told), instead of disappearing
 * with the citizen's signups.
 *
 * <p>A step runs after access to the erasure is decided and recorded; it decides no access of its
 * own. If it throws, the erasure is rolled back whole.
 */
@FunctionalInterface
public interface BeforeErasure {
  /**
   * Lets go of the citizen.
   *
   * @param citizen the citizen about to be erased
   */
  void prepare(CitizenId citizen);
}
