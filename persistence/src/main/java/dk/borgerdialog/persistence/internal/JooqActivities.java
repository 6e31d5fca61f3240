package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.ACTIVITY;
import static dk.borgerdialog.persistence.internal.jooq.Tables.ACTIVITY_INTEREST;

import dk.borgerdialog.network.model.Activities;
import dk.borgerdialog.network.model.Activity;
import dk.borgerdialog.network.model.ActivityId;
import dk.borgerdialog.network.model.Frequency;
import dk.borgerdialog.network.model.OrganiserId;
import dk.borgerdialog.network.model.Place;
import dk.borgerdialog.network.model.Price;
import dk.borgerdialog.network.model.Schedule;
import dk.borgerdialog.network.model.SearchCriteria;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.ActivityRecord;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Activities in jOOQ. A search filters on the stored bounds of the occurrences (first start, latest
 * end) and on interests, district and text; the use case expands the schedules.
 */
public final class JooqActivities implements Activities {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqActivities(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void add(Activity activity) {
    Schedule schedule = activity.schedule();
    String address = null;
    String district = null;
    String link = null;
    if (activity.place() instanceof Place.Address a) {
      address = a.address();
      district = a.district();
    } else {
      link = ((Place.Online) activity.place()).link();
    }
    try {
      dsl.insertInto(ACTIVITY)
          .set(ACTIVITY.ID, activity.id().value())
          .set(ACTIVITY.MUNICIPALITY_ID, activity.municipality().value())
          .set(ACTIVITY.ORGANISER_ID, activity.organiser().value())
          .set(ACTIVITY.UNIT_ID, activity.unit().value())
          .set(ACTIVITY.TITLE, activity.title())
          .set(ACTIVITY.DESCRIPTION, activity.description())
          .set(ACTIVITY.PLACE_ADDRESS, address)
          .set(ACTIVITY.PLACE_DISTRICT, district)
          .set(ACTIVITY.PLACE_LINK, link)
          .set(ACTIVITY.FIRST_START_LOCAL, schedule.firstStart())
          .set(ACTIVITY.ZONE_ID, schedule.zone().getId())
          .set(ACTIVITY.DURATION_MINUTES, (int) schedule.duration().toMinutes())
          .set(
              ACTIVITY.FREQUENCY, schedule.frequency() == null ? null : schedule.frequency().name())
          .set(ACTIVITY.UNTIL_DATE, schedule.until())
          .set(ACTIVITY.FIRST_START_AT, schedule.firstStartInstant())
          .set(ACTIVITY.LATEST_END_AT, schedule.latestEnd())
          .set(ACTIVITY.CAPACITY, activity.capacity())
          .set(ACTIVITY.TARGET_GROUP, activity.targetGroup())
          .set(ACTIVITY.ACCESSIBILITY, activity.accessibility())
          .set(ACTIVITY.PRICE_ORE, activity.price().amountOre())
          .set(ACTIVITY.SIGNUP_DEADLINE_MINUTES, (int) activity.signupDeadline().toMinutes())
          .set(ACTIVITY.VERSION, activity.version())
          .execute();
      for (String code : activity.interests()) {
        dsl.insertInto(ACTIVITY_INTEREST)
            .set(ACTIVITY_INTEREST.ACTIVITY_ID, activity.id().value())
            .set(ACTIVITY_INTEREST.MUNICIPALITY_ID, activity.municipality().value())
            .set(ACTIVITY_INTEREST.CODE, code)
            .execute();
      }
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "activity " + activity.id() + " already exists");
    }
  }

  @Override
  public Optional<Activity> byId(ActivityId id) {
    return dsl.selectFrom(ACTIVITY)
        .where(ACTIVITY.ID.eq(id.value()))
        .fetchOptional()
        .map(
            r -> toActivity(r, interestsOf(List.of(r.getId())).getOrDefault(r.getId(), List.of())));
  }

  @Override
  public List<Activity> byIds(Collection<ActivityId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return fetch(ACTIVITY.ID.in(ids.stream().map(ActivityId::value).toList()), Integer.MAX_VALUE);
  }

  @Override
  public Optional<Activity> lockById(ActivityId id) {
    Optional<ActivityRecord> row =
        dsl.selectFrom(ACTIVITY).where(ACTIVITY.ID.eq(id.value())).forUpdate().fetchOptional();
    return row.map(
        r -> toActivity(r, interestsOf(List.of(r.getId())).getOrDefault(r.getId(), List.of())));
  }

  @Override
  public List<Activity> ofUnit(UnitId unit) {
    return fetch(ACTIVITY.UNIT_ID.eq(unit.value()), Integer.MAX_VALUE);
  }

  @Override
  public List<Activity> search(SearchCriteria criteria, int limit) {
    Versions.requireLimit(limit);
    Condition condition =
        ACTIVITY
            .MUNICIPALITY_ID
            .eq(criteria.municipality().value())
            .and(ACTIVITY.FIRST_START_AT.lt(criteria.to()))
            .and(ACTIVITY.LATEST_END_AT.isNull().or(ACTIVITY.LATEST_END_AT.gt(criteria.from())));
    if (!criteria.interests().isEmpty()) {
      condition =
          condition.and(
              DSL.exists(
                  DSL.selectOne()
                      .from(ACTIVITY_INTEREST)
                      .where(ACTIVITY_INTEREST.ACTIVITY_ID.eq(ACTIVITY.ID))
                      .and(ACTIVITY_INTEREST.CODE.in(criteria.interests()))));
    }
    if (criteria.district() != null) {
      condition =
          condition.and(
              DSL.lower(ACTIVITY.PLACE_DISTRICT).eq(criteria.district().toLowerCase(Locale.ROOT)));
    }
    if (criteria.text() != null) {
      for (String word : criteria.text().toLowerCase(Locale.ROOT).split("\\s+")) {
        condition =
            condition.and(
                DSL.lower(ACTIVITY.TITLE)
                    .contains(word)
                    .or(DSL.lower(ACTIVITY.DESCRIPTION).contains(word)));
      }
    }
    return fetch(condition, limit);
  }

  private List<Activity> fetch(Condition condition, int limit) {
    List<ActivityRecord> rows =
        dsl.selectFrom(ACTIVITY)
            .where(condition)
            .orderBy(ACTIVITY.FIRST_START_AT, ACTIVITY.ID)
            .limit(limit)
            .fetch();
    Map<UUID, List<String>> interests =
        interestsOf(rows.stream().map(ActivityRecord::getId).toList());
    List<Activity> result = new ArrayList<>();
    for (ActivityRecord r : rows) {
      result.add(toActivity(r, interests.getOrDefault(r.getId(), List.of())));
    }
    return result;
  }

  private Map<UUID, List<String>> interestsOf(List<UUID> ids) {
    Map<UUID, List<String>> result = new HashMap<>();
    if (ids.isEmpty()) {
      return result;
    }
    dsl.select(ACTIVITY_INTEREST.ACTIVITY_ID, ACTIVITY_INTEREST.CODE)
        .from(ACTIVITY_INTEREST)
        .where(ACTIVITY_INTEREST.ACTIVITY_ID.in(ids))
        .orderBy(ACTIVITY_INTEREST.CODE)
        .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
    return result;
  }

  private static Activity toActivity(ActivityRecord r, List<String> interests) {
    Place place =
        r.getPlaceLink() != null
            ? Place.online(r.getPlaceLink())
            : Place.at(r.getPlaceAddress(), r.getPlaceDistrict());
    Schedule schedule =
        new Schedule(
            r.getFirstStartLocal(),
            Duration.ofMinutes(r.getDurationMinutes()),
            ZoneId.of(r.getZoneId()),
            r.getFrequency() == null ? null : Frequency.valueOf(r.getFrequency()),
            r.getUntilDate());
    return new Activity(
        new ActivityId(r.getId()),
        new MunicipalityId(r.getMunicipalityId()),
        new OrganiserId(r.getOrganiserId()),
        new UnitId(r.getUnitId()),
        r.getTitle(),
        r.getDescription(),
        interests,
        place,
        schedule,
        r.getCapacity(),
        r.getTargetGroup(),
        r.getAccessibility(),
        new Price(r.getPriceOre()),
        Duration.ofMinutes(r.getSignupDeadlineMinutes()),
        r.getVersion());
  }
}
