package dk.borgerdialog.citizen.model;

import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.MunicipalityId;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A citizen the dialog is for.
 *
 * <p>The host knows the citizen by its own reference; the CPR number is optional and never leaves
 * Borgerdialog in a message or a log line. {@link #toString()} leaves it out.
 *
 * @param id the id
 * @param municipality the municipality (tenant)
 * @param ref the host's reference, unique per municipality
 * @param cpr the CPR number, or null
 * @param name the name to address the citizen by
 * @param language the preferred language of texts
 * @param zone the zone rules and reminders are evaluated in
 * @param version the optimistic version
 */
public record Citizen(
    CitizenId id,
    MunicipalityId municipality,
    ExternalRef ref,
    @Nullable CprNumber cpr,
    String name,
    Language language,
    ZoneId zone,
    long version) {

  /** The zone of a citizen who states none. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Copenhagen");

  /** Validates the citizen. */
  public Citizen {
    Check.notNull("id", id);
    Check.notNull("municipality", municipality);
    Check.notNull("ref", ref);
    name = Check.text("name", name, Municipality.MAX_NAME_LENGTH);
    Check.notNull("language", language);
    Check.notNull("zone", zone);
  }

  @Override
  public String toString() {
    return "Citizen[id=" + id + ", municipality=" + municipality + "]";
  }
}
