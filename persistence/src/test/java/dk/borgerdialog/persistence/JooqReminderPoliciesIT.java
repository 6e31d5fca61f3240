package dk.borgerdialog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.UnableToAccessDatabaseException;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.reminder.model.ReminderPolicies;
import dk.borgerdialog.reminder.model.ReminderPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqReminderPoliciesIT {

  @Nested
  class OnH2 extends Contract {
    OnH2() {
      super(Database.H2);
    }
  }

  @Nested
  class OnPostgres extends Contract {
    OnPostgres() {
      super(Database.POSTGRES);
    }
  }

  abstract static class Contract extends DatabaseContract {
    Contract(Database database) {
      super(database);
    }

    ReminderPolicies policies() {
      return persistence.reminderPolicies();
    }

    @Test
    void a_unit_without_a_policy_has_none() {
      assertThat(policies().of(fixture.unit.id())).isEmpty();
      assertThat(policies().of(UnitId.random())).isEmpty();
    }

    @Test
    void a_policy_round_trips_its_offsets_longest_first_and_whether_it_is_critical() {
      ReminderPolicy policy =
          new ReminderPolicy(
              List.of(
                  Duration.ofMinutes(45),
                  Duration.ofDays(30),
                  Duration.ofHours(72),
                  Duration.ofSeconds(61),
                  Duration.ofMinutes(1)),
              true);

      policies().set(fixture.unit.id(), policy);

      assertThat(policies().of(fixture.unit.id())).contains(policy);
      assertThat(readElsewhere(fixture.unit.id())).contains(policy);
      assertThat(policies().of(fixture.unit.id()).orElseThrow().offsets())
          .containsExactly(
              Duration.ofDays(30),
              Duration.ofHours(72),
              Duration.ofMinutes(45),
              Duration.ofSeconds(61),
              Duration.ofMinutes(1));
      assertThat(policies().of(fixture.otherUnit.id())).isEmpty();
    }

    @Test
    void a_policy_without_offsets_round_trips() {
      ReminderPolicy none = new ReminderPolicy(List.of(), false);

      policies().set(fixture.unit.id(), none);

      assertThat(policies().of(fixture.unit.id())).contains(none);
    }

    @Test
    void set_replaces_the_policy_also_after_it_was_read_as_missing() {
      assertThat(policies().of(fixture.unit.id())).isEmpty();
      policies().set(fixture.unit.id(), ReminderPolicy.DEFAULT);
      assertThat(policies().of(fixture.unit.id())).contains(ReminderPolicy.DEFAULT);

      ReminderPolicy changed = ReminderPolicy.hoursBefore(48, 3);
      policies().set(fixture.unit.id(), changed);

      assertThat(policies().of(fixture.unit.id())).contains(changed);
      assertThat(readElsewhere(fixture.unit.id())).contains(changed);
    }

    @Test
    void a_policy_set_in_a_rolled_back_transaction_is_neither_stored_nor_cached() {
      assertThatThrownBy(
              () ->
                  persistence
                      .transactions()
                      .inTransaction(
                          () -> {
                            policies().set(fixture.unit.id(), ReminderPolicy.hoursBefore(1));
                            assertThat(policies().of(fixture.unit.id()))
                                .contains(ReminderPolicy.hoursBefore(1));
                            // another thread reads (and may cache) the committed state meanwhile
                            assertThat(readElsewhere(fixture.unit.id())).isEmpty();
                            throw new IllegalStateException("rolled back");
                          }))
          .hasMessage("rolled back");

      assertThat(policies().of(fixture.unit.id())).isEmpty();
      assertThat(readElsewhere(fixture.unit.id())).isEmpty();
    }

    @Test
    void an_offset_with_a_fraction_of_a_second_is_invalid_and_changes_nothing() {
      ReminderPolicy fraction = new ReminderPolicy(List.of(Duration.ofMillis(60_001)), false);

      assertThatThrownBy(() -> policies().set(fixture.unit.id(), fraction))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("offsets");
      assertThat(policies().of(fixture.unit.id())).isEmpty();
    }

    @Test
    void a_policy_of_an_unknown_unit_is_refused_by_the_database() {
      UnitId unknown = UnitId.random();

      assertThatThrownBy(() -> policies().set(unknown, ReminderPolicy.DEFAULT))
          .isInstanceOf(UnableToAccessDatabaseException.class);
      assertThat(policies().of(unknown)).isEmpty();
    }

    private Optional<ReminderPolicy> readElsewhere(UnitId unit) {
      return CompletableFuture.supplyAsync(() -> policies().of(unit)).join();
    }
  }
}
