package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.relative.model.LegalBasis;
import dk.borgerdialog.relative.model.Relative;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.RelativeGrantId;
import dk.borgerdialog.relative.model.RelativeGrants;
import dk.borgerdialog.relative.model.RelativeId;
import dk.borgerdialog.relative.model.Relatives;
import dk.borgerdialog.relative.model.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The contract of {@link Relatives} and {@link RelativeGrants} on both databases. */
class JooqRelativeGrantsIT {

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

    Relatives relatives() {
      return persistence.relatives();
    }

    RelativeGrants grants() {
      return persistence.relativeGrants();
    }

    Relative anna() {
      Relative anna =
          Relative.create(ExternalRef.of("mitid", "anna-" + UUID.randomUUID()), "Anna Holm");
      relatives().add(anna);
      return anna;
    }

    RelativeGrant grant(
        Citizen citizen, Relative relative, Set<Scope> scopes, @Nullable Instant expiresAt) {
      return new RelativeGrant(
          RelativeGrantId.random(),
          citizen.id(),
          relative.id(),
          "datter",
          scopes,
          LegalBasis.consent(),
          NOW,
          citizen.id().toString(),
          expiresAt,
          null,
          null,
          null,
          0);
    }

    @Test
    void a_relative_is_stored_found_by_id_and_ref_and_updated_with_a_version() {
      Relative anna = anna();

      assertThat(relatives().byId(anna.id())).contains(anna);
      assertThat(relatives().byRef(anna.ref())).contains(anna);
      assertThat(relatives().byId(RelativeId.random())).isEmpty();

      Relative reachable =
          relatives()
              .update(
                  anna.withContact(
                      Language.EN,
                      List.of(ChannelKind.SMS, ChannelKind.EMAIL),
                      "anna@example.dk",
                      "+4512345678"));
      assertThat(reachable.version()).isEqualTo(1);
      assertThat(relatives().byId(anna.id())).contains(reachable);
      assertThatThrownBy(() -> relatives().update(anna)).isInstanceOf(ConflictException.class);
      assertThatThrownBy(
              () -> relatives().add(Relative.create(anna.ref(), "Someone with the same ref")))
          .isInstanceOf(ConflictException.class);
    }

    @Test
    void grants_round_trip_every_field_and_list_newest_first() {
      Citizen karen = fixture.citizen();
      Relative anna = anna();
      RelativeGrant older =
          grant(karen, anna, EnumSet.allOf(Scope.class), NOW.plus(Duration.ofDays(30)));
      RelativeGrant newer =
          new RelativeGrant(
              RelativeGrantId.random(),
              karen.id(),
              anna.id(),
              "datter",
              Set.of(Scope.READ_PLAN),
              LegalBasis.guardianship("VÆRGEMÅL 2030-0042"),
              NOW.plusSeconds(60),
              UUID.randomUUID().toString(),
              null,
              null,
              null,
              null,
              0);
      grants().add(older);
      grants().add(newer);

      assertThat(grants().byId(older.id())).contains(older);
      assertThat(grants().ofCitizen(karen.id())).containsExactly(newer, older);
      assertThat(grants().ofRelative(anna.id())).containsExactly(newer, older);
      assertThat(grants().between(anna.id(), karen.id())).containsExactly(newer, older);
      assertThat(grants().between(anna.id(), CitizenId.random())).isEmpty();
      assertThat(grants().ofCitizen(fixture.citizen().id())).isEmpty();
    }

    @Test
    void a_revocation_is_stored_at_once_with_a_version_check() {
      Citizen karen = fixture.citizen();
      Relative anna = anna();
      RelativeGrant grant = grant(karen, anna, Set.of(Scope.MANAGE_APPOINTMENTS), null);
      grants().add(grant);

      RelativeGrant revoked =
          grants().update(grant.revoke("staff-1", "Fuldmagten er ophævet", NOW.plusSeconds(5)));

      assertThat(revoked.version()).isEqualTo(1);
      RelativeGrant stored = grants().between(anna.id(), karen.id()).get(0);
      assertThat(stored).isEqualTo(revoked);
      assertThat(stored.isActiveAt(NOW.plusSeconds(4))).isTrue();
      assertThat(stored.isActiveAt(NOW.plusSeconds(5))).isFalse();
      assertThatThrownBy(() -> grants().update(grant.revoke("x", null, NOW)))
          .isInstanceOf(ConflictException.class);
    }
  }
}
