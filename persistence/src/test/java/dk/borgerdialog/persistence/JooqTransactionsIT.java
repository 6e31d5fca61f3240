package dk.borgerdialog.persistence;

import static dk.borgerdialog.persistence.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.access.AuditRecord;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.plan.model.Appointment;
import dk.borgerdialog.plan.model.AppointmentBooked;
import dk.borgerdialog.plan.model.Course;
import dk.borgerdialog.plan.model.FreeSlot;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqTransactionsIT {

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

    Transactions transactions() {
      return persistence.transactions();
    }

    @Test
    void everything_commits_together_and_the_result_is_returned() {
      Citizen citizen = fixture.newCitizen(Fixture.anyCpr());

      Appointment booked =
          transactions()
              .inTransaction(
                  () -> {
                    persistence.citizens().add(citizen);
                    Course course = fixture.course(citizen, fixture.unit, NOW);
                    return fixture.appointment(course, NOW.plus(Duration.ofDays(1)));
                  });

      assertThat(persistence.citizens().byId(citizen.id())).contains(citizen);
      assertThat(persistence.appointments().byId(booked.id())).contains(booked);
    }

    @Test
    void when_the_work_throws_nothing_is_written_and_the_exception_is_rethrown_unchanged() {
      Citizen citizen = fixture.newCitizen(Fixture.anyCpr());
      FreeSlot slot =
          fixture.slot(fixture.unit, Fixture.CONVERSATION, NOW.plus(Duration.ofDays(2)));
      Appointment[] written = new Appointment[1];
      AuditRecord audit = audit(citizen);
      IllegalStateException failure = new IllegalStateException("the work failed");

      Throwable thrown =
          catchThrowable(
              () ->
                  transactions()
                      .inTransaction(
                          () -> {
                            persistence.citizens().add(citizen);
                            Course course = fixture.course(citizen, fixture.unit, NOW);
                            written[0] = fixture.appointment(course, slot.start());
                            persistence.freeSlots().claim(slot.id(), written[0].id());
                            persistence
                                .domainEvents()
                                .record(AppointmentBooked.now(written[0], NOW));
                            persistence.auditLog().append(audit);
                            throw failure;
                          }));

      assertThat(thrown).isSameAs(failure);
      assertThat(persistence.citizens().byId(citizen.id())).isEmpty();
      assertThat(persistence.courses().of(citizen.id())).isEmpty();
      assertThat(persistence.appointments().byId(written[0].id())).isEmpty();
      assertThat(persistence.freeSlots().byId(slot.id())).contains(slot);
      assertThat(persistence.domainEvents().typesFor(written[0].id().value())).isEmpty();
      assertThat(persistence.auditLog().about(citizen.id(), 10)).isEmpty();
    }

    @Test
    void a_conflict_inside_the_work_rolls_back_the_earlier_writes() {
      Citizen taken = fixture.citizen();
      Citizen fresh = fixture.newCitizen(null);

      assertThatThrownBy(
              () ->
                  transactions()
                      .inTransaction(
                          () -> {
                            persistence.citizens().add(fresh);
                            persistence.citizens().add(taken);
                            return null;
                          }))
          .isInstanceOf(ConflictException.class);

      assertThat(persistence.citizens().byId(fresh.id())).isEmpty();
    }

    @Test
    void a_checked_exception_thrown_sneakily_comes_out_unchanged() {
      IOException failure = new IOException("disk");

      Throwable thrown =
          catchThrowable(() -> transactions().inTransaction(() -> Contract.<Void>sneaky(failure)));

      assertThat(thrown).isSameAs(failure);
    }

    @Test
    void a_nested_transaction_joins_the_outer_one() {
      Citizen outer = fixture.newCitizen(null);
      Citizen inner = fixture.newCitizen(null);

      transactions()
          .inTransaction(
              () -> {
                persistence.citizens().add(outer);
                transactions()
                    .inTransaction(
                        () -> {
                          assertThat(persistence.citizens().byId(outer.id())).isPresent();
                          persistence.citizens().add(inner);
                          return null;
                        });
                assertThat(persistence.citizens().byId(inner.id())).isPresent();
                assertThat(readElsewhere(inner)).isFalse();
                return null;
              });

      assertThat(readElsewhere(outer)).isTrue();
      assertThat(readElsewhere(inner)).isTrue();
    }

    @Test
    void when_the_outer_work_fails_after_a_nested_one_both_roll_back() {
      Citizen outer = fixture.newCitizen(null);
      Citizen inner = fixture.newCitizen(null);

      assertThatThrownBy(
              () ->
                  transactions()
                      .inTransaction(
                          () -> {
                            persistence.citizens().add(outer);
                            transactions()
                                .inTransaction(
                                    () -> {
                                      persistence.citizens().add(inner);
                                      return null;
                                    });
                            throw new IllegalStateException("outer failed");
                          }))
          .hasMessage("outer failed");

      assertThat(persistence.citizens().byId(outer.id())).isEmpty();
      assertThat(persistence.citizens().byId(inner.id())).isEmpty();
    }

    @Test
    void a_failed_nested_transaction_that_the_outer_work_handles_undoes_only_its_own_writes() {
      Citizen outer = fixture.newCitizen(null);
      Citizen inner = fixture.newCitizen(null);
      Citizen taken = fixture.citizen();

      transactions()
          .inTransaction(
              () -> {
                persistence.citizens().add(outer);
                assertThatThrownBy(
                        () ->
                            transactions()
                                .inTransaction(
                                    () -> {
                                      persistence.citizens().add(inner);
                                      persistence.citizens().add(taken);
                                      return null;
                                    }))
                    .isInstanceOf(ConflictException.class);
                // the outer transaction is still usable, also on PostgreSQL
                assertThat(persistence.citizens().byId(outer.id())).isPresent();
                return null;
              });

      assertThat(persistence.citizens().byId(outer.id())).contains(outer);
      assertThat(persistence.citizens().byId(inner.id())).isEmpty();
    }

    @Test
    void uncommitted_writes_are_invisible_to_other_threads_and_autocommitted_ones_visible() {
      Citizen inside = fixture.newCitizen(null);

      transactions()
          .inTransaction(
              () -> {
                persistence.citizens().add(inside);
                assertThat(readElsewhere(inside)).isFalse();
                return null;
              });
      Citizen outside = fixture.newCitizen(null);
      persistence.citizens().add(outside);

      assertThat(readElsewhere(inside)).isTrue();
      assertThat(readElsewhere(outside)).isTrue();
    }

    private boolean readElsewhere(Citizen citizen) {
      return CompletableFuture.supplyAsync(
              () -> persistence.citizens().byId(citizen.id()).isPresent())
          .join();
    }

    @Test
    void a_connection_that_dies_in_a_transaction_leaves_nothing_and_the_thread_usable() {
      // connections that the test can kill: then, as after a database restart, every call on
      // them fails and they report themselves closed
      java.util.concurrent.atomic.AtomicBoolean killed =
          new java.util.concurrent.atomic.AtomicBoolean();
      java.util.List<java.util.concurrent.atomic.AtomicBoolean> dead =
          new java.util.concurrent.CopyOnWriteArrayList<>();
      javax.sql.DataSource dying =
          (javax.sql.DataSource)
              java.lang.reflect.Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {javax.sql.DataSource.class},
                  (proxy, method, args) -> {
                    Object result = invoke(method, dataSource, args);
                    if (!(result instanceof java.sql.Connection connection)) {
                      return result;
                    }
                    java.util.concurrent.atomic.AtomicBoolean gone =
                        new java.util.concurrent.atomic.AtomicBoolean();
                    dead.add(gone);
                    return java.lang.reflect.Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {java.sql.Connection.class},
                        (p, m, a) -> {
                          if (killed.get() && !gone.get()) {
                            gone.set(true);
                          }
                          if (gone.get()) {
                            switch (m.getName()) {
                              case "isClosed":
                                return true;
                              case "close":
                                return invoke(m, connection, a);
                              default:
                                throw new java.sql.SQLException("connection is dead", "08006");
                            }
                          }
                          return invoke(m, connection, a);
                        });
                  });
      JooqPersistence persistence = JooqPersistence.create(dying);
      Citizen lost = fixture.newCitizen(null);
      Citizen later = fixture.newCitizen(null);

      Throwable thrown =
          catchThrowable(
              () ->
                  persistence
                      .transactions()
                      .inTransaction(
                          () -> {
                            persistence.citizens().add(lost);
                            killed.set(true); // the database ends the connection mid-use-case
                            persistence.citizens().add(later);
                            return null;
                          }));
      killed.set(false);

      assertThat(thrown).isInstanceOf(dk.borgerdialog.common.UnableToAccessDatabaseException.class);
      assertThat(this.persistence.citizens().byId(lost.id())).isEmpty();
      // the same thread runs the next transaction on a new connection
      persistence
          .transactions()
          .inTransaction(
              () -> {
                persistence.citizens().add(later);
                return null;
              });
      assertThat(this.persistence.citizens().byId(later.id())).contains(later);
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
        throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw e.getCause();
      }
    }

    private static AuditRecord audit(Citizen citizen) {
      return new AuditRecord(
          UUID.randomUUID(),
          NOW,
          ActorKind.STAFF,
          UUID.randomUUID().toString(),
          AssuranceLevel.SUBSTANTIAL,
          citizen.id(),
          Operation.BOOK_APPOINTMENT,
          null,
          true,
          null);
    }

    @SuppressWarnings("unchecked")
    private static <T> T sneaky(Throwable e) {
      Contract.<RuntimeException>rethrow(e);
      throw new AssertionError("unreachable");
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void rethrow(Throwable e) throws E {
      throw (E) e;
    }
  }
}
