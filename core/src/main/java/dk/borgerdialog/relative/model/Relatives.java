package dk.borgerdialog.relative.model;

import dk.borgerdialog.common.ExternalRef;
import java.util.Optional;

/** The relatives known to Borgerdialog (a secondary port). */
public interface Relatives {

  /**
   * Adds a relative.
   *
   * @param relative the relative, version 0
   * @throws dk.borgerdialog.common.ConflictException if one with the same id or ref exists
   */
  void add(Relative relative);

  /**
   * Stores a changed relative.
   *
   * @param relative the relative, with the version that was read
   * @return the stored relative, with the next version
   * @throws dk.borgerdialog.common.ConflictException if it changed since it was read
   */
  Relative update(Relative relative);

  /**
   * Looks a relative up.
   *
   * @param id the id
   * @return the relative
   */
  Optional<Relative> byId(RelativeId id);

  /**
   * Looks a relative up by the host's id.
   *
   * @param ref the host's id
   * @return the relative
   */
  Optional<Relative> byRef(ExternalRef ref);
}
