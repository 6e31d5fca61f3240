package dk.borgerdialog.network.model;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * Who organises activities: a unit of the municipality or a registered association, with the
 * contact details citizens see.
 *
 * <p>Every organiser belongs to a unit: the unit itself, or for an association the unit that
 * coordinates with it. Staff of that unit manage the organiser's activities.
 *
 * @param id the id
 * @param municipality the municipality
 * @param unit the unit that manages its activities
 * @param kind a municipal unit or an association
 * @param name the name citizens see, such as "Seniorcenter Frederiksberg"
 * @param email a contact e-mail address, or null
 * @param phone a contact phone number in E.164 form, or null
 */
public record Organiser(
    OrganiserId id,
    MunicipalityId municipality,
    UnitId unit,
    OrganiserKind kind,
    String name,
    @Nullable String email,
    @Nullable String phone) {
  /** The longest name. */
  public static final int MAX_NAME_LENGTH = 200;

  /** Validates the organiser. */
  public Organiser {
    Check.notNull("id", id);
    Check.notNull("municipality", municipality);
    Check.notNull("unit", unit);
    Check.notNull("kind", kind);
    name = Check.text("name", name, MAX_NAME_LENGTH);
    email = email == null ? null : Check.email("email", email);
    phone = phone == null ? null : Check.phone("phone", phone);
  }
}
