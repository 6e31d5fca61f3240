package dk.borgerdialog.plan.model;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.MunicipalityId;
import org.jspecify.annotations.Nullable;

/**
 * A course template (forløbstype) that courses are created from.
 *
 * @param id the id
 * @param municipality the municipality that defines it
 * @param name the name shown to citizens, such as "Samtaleforløb"
 * @param kind the kind
 * @param description a short description for citizens, or null
 */
public record CourseTemplate(
    CourseTemplateId id,
    MunicipalityId municipality,
    String name,
    CourseKind kind,
    @Nullable String description) {

  /** The longest description accepted. */
  public static final int MAX_DESCRIPTION_LENGTH = 2000;

  /** Validates the template. */
  public CourseTemplate {
    Check.notNull("id", id);
    Check.notNull("municipality", municipality);
    name = Check.text("name", name, Municipality.MAX_NAME_LENGTH);
    Check.notNull("kind", kind);
    description = Check.optionalText("description", description, MAX_DESCRIPTION_LENGTH);
  }
}
