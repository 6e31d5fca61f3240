package dk.borgerdialog.network.application;

import dk.borgerdialog.common.internal.Check;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's search for upcoming occurrences. Every filter is optional; the date range defaults to
 * the next {@value #DEFAULT_DAYS} days.
 *
 * @param interests any of these interest codes, or empty for all
 * @param district the district, or null for any
 * @param text words in the title or description, or null
 * @param from the earliest start, or null for now; never before now
 * @param to the latest start, exclusive, or null for {@value #DEFAULT_DAYS} days after from; at
 *     most {@value #MAX_DAYS} days after from
 * @param cursor the {@code next} of the previous page, or null for the first page
 * @param pageSize the occurrences per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record ActivityQuery(
    Set<String> interests,
    @Nullable String district,
    @Nullable String text,
    @Nullable Instant from,
    @Nullable Instant to,
    @Nullable String cursor,
    int pageSize) {
  /** The date range when none is given, in days. */
  public static final int DEFAULT_DAYS = 60;

  /** The longest date range, in days. */
  public static final int MAX_DAYS = 366;

  /** The largest page. */
  public static final int MAX_PAGE_SIZE = 100;

  /** The page size when none is given. */
  public static final int DEFAULT_PAGE_SIZE = 20;

  /** Validates the query. */
  public ActivityQuery {
    interests = Set.copyOf(Check.notNull("interests", interests));
    Check.that(
        pageSize >= 1 && pageSize <= MAX_PAGE_SIZE, "pageSize", "must be 1 to " + MAX_PAGE_SIZE);
  }

  /**
   * All upcoming occurrences, first page.
   *
   * @return the query
   */
  public static ActivityQuery upcoming() {
    return new ActivityQuery(Set.of(), null, null, null, null, null, DEFAULT_PAGE_SIZE);
  }

  /**
   * This query with interests.
   *
   * @param codes interest codes
   * @return the query
   */
  public ActivityQuery interests(String... codes) {
    return new ActivityQuery(Set.of(codes), district, text, from, to, cursor, pageSize);
  }

  /**
   * This query in a district.
   *
   * @param value the district
   * @return the query
   */
  public ActivityQuery district(String value) {
    return new ActivityQuery(interests, value, text, from, to, cursor, pageSize);
  }

  /**
   * This query with free text.
   *
   * @param value the words
   * @return the query
   */
  public ActivityQuery text(String value) {
    return new ActivityQuery(interests, district, value, from, to, cursor, pageSize);
  }

  /**
   * This query in a date range.
   *
   * @param start the earliest start
   * @param end the latest start, exclusive
   * @return the query
   */
  public ActivityQuery between(Instant start, Instant end) {
    return new ActivityQuery(interests, district, text, start, end, cursor, pageSize);
  }

  /**
   * This query from a cursor.
   *
   * @param value the previous page's {@code next}
   * @return the query
   */
  public ActivityQuery after(@Nullable String value) {
    return new ActivityQuery(interests, district, text, from, to, value, pageSize);
  }

  /**
   * This query with a page size.
   *
   * @param size the size
   * @return the query
   */
  public ActivityQuery pageSize(int size) {
    return new ActivityQuery(interests, district, text, from, to, cursor, size);
  }
}
