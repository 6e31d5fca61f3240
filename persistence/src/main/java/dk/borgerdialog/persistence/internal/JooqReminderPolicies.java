package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.REMINDER_POLICY;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.ReminderPolicyRecord;
import dk.borgerdialog.reminder.model.ReminderPolicies;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The units' reminder policies in jOOQ, read through a reference cache. A unit without a policy is
 * cached as such too, since most units keep the default and every booking asks.
 */
public final class JooqReminderPolicies implements ReminderPolicies {
  private final DSLContext dsl;
  private final ReferenceCache<UnitId, Optional<ReminderPolicy>> policies;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   * @param scope the transaction scope the cache consults
   */
  public JooqReminderPolicies(DSLContext dsl, TransactionScope scope) {
    this.dsl = dsl;
    this.policies = new ReferenceCache<>(scope, this::load);
  }

  @Override
  public Optional<ReminderPolicy> of(UnitId unit) {
    Objects.requireNonNull(unit, "unit");
    return policies.get(unit).flatMap(p -> p);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidInputException if an offset is not whole seconds
   * @throws dk.borgerdialog.common.UnableToAccessDatabaseException if the unit does not exist
   */
  @Override
  public void set(UnitId unit, ReminderPolicy policy) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(policy, "policy");
    String offsets = offsets(policy);
    try {
      // one statement, so that two nodes setting a policy at once cannot both insert
      dsl.insertInto(REMINDER_POLICY)
          .set(REMINDER_POLICY.UNIT_ID, unit.value())
          .set(REMINDER_POLICY.OFFSETS_SECONDS, offsets)
          .set(REMINDER_POLICY.CRITICAL, policy.critical())
          .onConflict(REMINDER_POLICY.UNIT_ID)
          .doUpdate()
          .set(REMINDER_POLICY.OFFSETS_SECONDS, offsets)
          .set(REMINDER_POLICY.CRITICAL, policy.critical())
          .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "the reminder policy of unit " + unit + " changed concurrently");
    } finally {
      policies.written(unit);
    }
  }

  private Optional<ReminderPolicy> load(UnitId unit) {
    return dsl.selectFrom(REMINDER_POLICY)
        .where(REMINDER_POLICY.UNIT_ID.eq(unit.value()))
        .fetchOptional(JooqReminderPolicies::toPolicy);
  }

  private static String offsets(ReminderPolicy policy) {
    return policy.offsets().stream()
        .map(
            offset -> {
              if (offset.getNano() != 0) {
                throw new InvalidInputException("offsets", "must each be whole seconds");
              }
              return Long.toString(offset.getSeconds());
            })
        .collect(Collectors.joining(","));
  }

  private static ReminderPolicy toPolicy(ReminderPolicyRecord r) {
    String offsets = r.getOffsetsSeconds();
    return new ReminderPolicy(
        offsets.isEmpty()
            ? java.util.List.of()
            : Arrays.stream(offsets.split(","))
                .map(s -> Duration.ofSeconds(Long.parseLong(s)))
                .toList(),
        r.getCritical());
  }
}
