package dk.borgerdialog.network.model;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.MunicipalityId;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the activities a search considers must match; an activity matches when it may have an
 * occurrence in {@code [from, to)}. The exact occurrences come from expanding the schedules.
 *
 * @param municipality the municipality
 * @param interests any of these interest codes, or empty for all
 * @param district the district, case-insensitive, or null for any (online activities have none)
 * @param text words in the title or description, case-insensitive, or null
 * @param from the earliest start
 * @param to the latest start, exclusive
 */
public record SearchCriteria(
    MunicipalityId municipality,
    Set<String> interests,
    @Nullable String district,
    @Nullable String text,
    Instant from,
    Instant to) {
  /** Validates the criteria. */
  public SearchCriteria {
    Check.notNull("municipality", municipality);
    interests = Set.copyOf(Check.notNull("interests", interests));
    district = Check.optionalText("district", district, 100);
    text = Check.optionalText("text", text, 100);
    Check.notNull("from", from);
    Check.notNull("to", to);
    Check.that(from.isBefore(to), "to", "must be after from");
  }
}
