package dk.borgerdialog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.reminder.model.AllContactPreferences;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqContactPreferencesIT {

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
    private static final QuietHours DAYTIME =
        new QuietHours(LocalTime.of(9, 30, 15), LocalTime.of(16, 0));

    Contract(Database database) {
      super(database);
    }

    AllContactPreferences preferences() {
      return persistence.contactPreferences();
    }

    @Test
    void a_citizen_who_stated_nothing_has_no_preferences() {
      assertThat(preferences().of(fixture.citizen().id())).isEmpty();
      assertThat(preferences().of(CitizenId.random())).isEmpty();
    }

    @Test
    void of_all_reads_the_preferences_of_those_who_stated_any() {
      Citizen stated = fixture.citizen();
      Citizen silent = fixture.citizen();
      ContactPreferences saved =
          preferences()
              .save(
                  new ContactPreferences(
                      stated.id(),
                      List.of(ChannelKind.SMS),
                      null,
                      "+4520000001",
                      DAYTIME,
                      java.util.Set.of(),
                      0));

      assertThat(preferences().ofAll(List.of(stated.id(), silent.id(), CitizenId.random())))
          .containsOnly(java.util.Map.entry(stated.id(), saved));
      assertThat(preferences().ofAll(List.of())).isEmpty();
    }

    @Test
    void the_first_save_stores_every_field_at_version_0() {
      Citizen citizen = fixture.citizen();
      ContactPreferences stated =
          new ContactPreferences(
              citizen.id(),
              List.of(ChannelKind.SMS, ChannelKind.IN_APP, ChannelKind.EMAIL),
              "karen.jensen@example.dk",
              "+4512345678",
              DAYTIME,
              Set.of(ChannelKind.EMAIL, ChannelKind.SMS),
              0);

      ContactPreferences saved = preferences().save(stated);

      assertThat(saved).isEqualTo(stated);
      ContactPreferences read = preferences().of(citizen.id()).orElseThrow();
      assertThat(read).isEqualTo(stated);
      assertThat(read.channels())
          .containsExactly(ChannelKind.SMS, ChannelKind.IN_APP, ChannelKind.EMAIL);
      assertThat(read.email()).isEqualTo("karen.jensen@example.dk");
      assertThat(read.phone()).isEqualTo("+4512345678");
      assertThat(read.quietHours()).isEqualTo(DAYTIME);
      assertThat(read.optedOut()).containsExactlyInAnyOrder(ChannelKind.EMAIL, ChannelKind.SMS);
      assertThat(read.version()).isZero();
    }

    @Test
    void the_defaults_round_trip_without_addresses_or_opt_outs() {
      ContactPreferences defaults = ContactPreferences.defaults(fixture.citizen().id());

      preferences().save(defaults);

      ContactPreferences read = preferences().of(defaults.citizen()).orElseThrow();
      assertThat(read).isEqualTo(defaults);
      assertThat(read.email()).isNull();
      assertThat(read.phone()).isNull();
      assertThat(read.optedOut()).isEmpty();
      assertThat(read.quietHours()).isEqualTo(QuietHours.DEFAULT);
    }

    @Test
    void a_save_with_the_stored_version_changes_every_field_and_increments_it() {
      Citizen citizen = fixture.citizen();
      ContactPreferences first = preferences().save(ContactPreferences.defaults(citizen.id()));
      ContactPreferences changed =
          new ContactPreferences(
              citizen.id(),
              List.of(ChannelKind.EMAIL, ChannelKind.IN_APP),
              "k@example.dk",
              null,
              DAYTIME,
              Set.of(ChannelKind.SMS),
              first.version());

      ContactPreferences second = preferences().save(changed);
      ContactPreferences third =
          preferences()
              .save(
                  new ContactPreferences(
                      citizen.id(),
                      List.of(ChannelKind.IN_APP),
                      null,
                      "+4587654321",
                      QuietHours.DEFAULT,
                      Set.of(),
                      second.version()));

      assertThat(second.version()).isEqualTo(1);
      assertThat(third.version()).isEqualTo(2);
      assertThat(preferences().of(citizen.id())).contains(third);
    }

    @Test
    void a_save_with_a_stale_version_is_a_conflict_and_changes_nothing() {
      Citizen citizen = fixture.citizen();
      ContactPreferences read = preferences().save(ContactPreferences.defaults(citizen.id()));
      ContactPreferences winner = preferences().save(withChannels(read, ChannelKind.EMAIL));

      assertThatThrownBy(() -> preferences().save(withChannels(read, ChannelKind.SMS)))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining(citizen.id().toString());
      assertThatThrownBy(() -> preferences().save(ContactPreferences.defaults(citizen.id())))
          .isInstanceOf(ConflictException.class);
      assertThat(preferences().of(citizen.id())).contains(winner);
    }

    @Test
    void a_save_at_a_later_version_when_none_is_stored_is_a_conflict() {
      Citizen citizen = fixture.citizen();
      ContactPreferences later =
          new ContactPreferences(
              citizen.id(), List.of(ChannelKind.IN_APP), null, null, DAYTIME, Set.of(), 3);

      assertThatThrownBy(() -> preferences().save(later)).isInstanceOf(ConflictException.class);
      assertThat(preferences().of(citizen.id())).isEmpty();
    }

    @Test
    void a_conflict_leaves_the_surrounding_transaction_usable() {
      Citizen citizen = fixture.citizen();
      ContactPreferences read = preferences().save(ContactPreferences.defaults(citizen.id()));
      preferences().save(withChannels(read, ChannelKind.EMAIL));
      Citizen other = fixture.citizen();

      persistence
          .transactions()
          .inTransaction(
              () -> {
                assertThatThrownBy(
                        () -> preferences().save(ContactPreferences.defaults(citizen.id())))
                    .isInstanceOf(ConflictException.class);
                // no statement failed, so PostgreSQL carries on with the transaction
                return preferences().save(ContactPreferences.defaults(other.id()));
              });

      assertThat(preferences().of(other.id())).isPresent();
    }

    @Test
    void quiet_hours_with_a_fraction_of_a_second_are_invalid_and_store_nothing() {
      Citizen citizen = fixture.citizen();
      ContactPreferences fraction =
          new ContactPreferences(
              citizen.id(),
              List.of(ChannelKind.IN_APP),
              null,
              null,
              new QuietHours(LocalTime.of(22, 0, 0, 500_000_000), LocalTime.of(7, 0)),
              Set.of(),
              0);

      assertThatThrownBy(() -> preferences().save(fraction))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("quietHours.from");
      assertThat(preferences().of(citizen.id())).isEmpty();
    }

    private static ContactPreferences withChannels(ContactPreferences p, ChannelKind first) {
      return new ContactPreferences(
          p.citizen(),
          List.of(first, ChannelKind.IN_APP),
          "k@example.dk",
          "+4512345678",
          p.quietHours(),
          p.optedOut(),
          p.version());
    }
  }
}
