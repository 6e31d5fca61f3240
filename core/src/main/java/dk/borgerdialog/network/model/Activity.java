package dk.borgerdialog.network.model;

import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An activity or community in the local area: a single event or a recurring one, with a capacity
 * per occurrence and a signup deadline before each occurrence.
 *
 * @param id the id
 * @param municipality the municipality, the organiser's
 * @param organiser who organises it
 * @param unit the unit that manages it, the organiser's
 * @param title the title, such as "Morgengåtur i Frederiksberg Have"
 * @param description what happens, plain text
 * @param interests the codes of its interests from the managed list, sorted, at least one
 * @param place where
 * @param schedule when
 * @param capacity the most participants per occurrence, 1 to {@value #MAX_CAPACITY}
 * @param targetGroup who it is for, such as "Seniorer 65+", or null for everyone
 * @param accessibility accessibility notes, such as "Kørestolsvenligt, elevator", or null
 * @param price free or an amount
 * @param signupDeadline how long before an occurrence signup closes, 0 to 30 days
 * @param version the optimistic version
 */
public record Activity(
    ActivityId id,
    MunicipalityId municipality,
    OrganiserId organiser,
    UnitId unit,
    String title,
    String description,
    List<String> interests,
    Place place,
    Schedule schedule,
    int capacity,
    @Nullable String targetGroup,
    @Nullable String accessibility,
    Price price,
    Duration signupDeadline,
    long version) {
  /** The largest capacity. */
  public static final int MAX_CAPACITY = 10_000;

  /** The longest title. */
  public static final int MAX_TITLE_LENGTH = 200;

  /** The longest description. */
  public static final int MAX_DESCRIPTION_LENGTH = 4000;

  /** Validates the activity. */
  public Activity {
    Check.notNull("id", id);
    Check.notNull("municipality", municipality);
    Check.notNull("organiser", organiser);
    Check.notNull("unit", unit);
    title = Check.text("title", title, MAX_TITLE_LENGTH);
    description = Check.multilineText("description", description, MAX_DESCRIPTION_LENGTH);
    TreeSet<String> codes = new TreeSet<>();
    for (String code : Check.list("interests", interests)) {
      codes.add(Interest.checkCode("interests", code));
    }
    Check.that(!codes.isEmpty() && codes.size() <= 10, "interests", "must be 1 to 10 interests");
    interests = List.copyOf(codes);
    Check.notNull("place", place);
    Check.notNull("schedule", schedule);
    Check.that(
        capacity >= 1 && capacity <= MAX_CAPACITY, "capacity", "must be 1 to " + MAX_CAPACITY);
    targetGroup = Check.optionalText("targetGroup", targetGroup, 200);
    accessibility = Check.optionalText("accessibility", accessibility, 1000);
    Check.notNull("price", price);
    Check.notNull("signupDeadline", signupDeadline);
    Check.that(
        !signupDeadline.isNegative() && signupDeadline.compareTo(Duration.ofDays(30)) <= 0,
        "signupDeadline",
        "must be 0 to 30 days");
    Check.that(
        signupDeadline.toSecondsPart() == 0 && signupDeadline.toNanosPart() == 0,
        "signupDeadline",
        "must be whole minutes");
    Check.that(version >= 0, "version", "must not be negative");
  }

  /**
   * Whether signup for an occurrence is still open.
   *
   * @param occurrenceStart the occurrence's start
   * @param now the current instant
   * @return true before the deadline
   */
  public boolean signupOpen(Instant occurrenceStart, Instant now) {
    return now.isBefore(occurrenceStart.minus(signupDeadline));
  }
}
