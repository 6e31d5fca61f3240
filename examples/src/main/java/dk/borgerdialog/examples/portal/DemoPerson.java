package dk.borgerdialog.examples.portal;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.relative.model.RelativeId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person of the demo data whom a tester can sign in as.
 *
 * @param key a stable key such as {@code "jonas"}
 * @param kind citizen or staff
 * @param id the citizen's or staff member's id
 * @param name the display name
 * @param role a short description in Danish, such as "Borger, 34 år"
 * @param roleEn the same in English
 * @param municipality the municipality's name
 * @param units for staff, the units they work in; for citizens, the units of their courses
 * @param actsFor for a relative, the citizen they act for; otherwise null
 */
public record DemoPerson(
    String key,
    ActorKind kind,
    UUID id,
    String name,
    String role,
    String roleEn,
    String municipality,
    List<UnitId> units,
    @Nullable UUID actsFor) {

  /** Copies the units. */
  public DemoPerson {
    units = List.copyOf(units);
    if ((kind == ActorKind.RELATIVE) != (actsFor != null)) {
      throw new IllegalArgumentException("a relative, and only a relative, acts for a citizen");
    }
  }

  /**
   * The actor a host would pass after a sign-in at a level.
   *
   * @param level the assurance level the sign-in reached
   * @return the actor
   */
  public Actor actor(AssuranceLevel level) {
    return switch (kind) {
      case CITIZEN -> Actor.citizen(new CitizenId(id), level);
      case RELATIVE ->
          Actor.relative(new RelativeId(id), new CitizenId(Objects.requireNonNull(actsFor)), level);
      default -> Actor.staff(new StaffMemberId(id), level);
    };
  }
}
