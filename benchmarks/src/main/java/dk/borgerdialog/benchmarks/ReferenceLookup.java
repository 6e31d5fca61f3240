package dk.borgerdialog.benchmarks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.borgerdialog.organisation.model.BookingRules;
import dk.borgerdialog.organisation.model.Centre;
import dk.borgerdialog.organisation.model.CentreId;
import dk.borgerdialog.organisation.model.Municipality;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.Organisations;
import dk.borgerdialog.organisation.model.Unit;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.persistence.JooqPersistence;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH micro-benchmark of {@code refdata}: a unit looked up through the reference-data cache that
 * the SDK uses (persistence's {@code Organisations}), against a bare Caffeine {@code get} of the
 * same unit, with the same size and expiry.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReferenceLookup {
  private Organisations organisations;
  private UnitId unitId;
  private Cache<UnitId, Unit> bare;
  private Function<UnitId, Unit> loader;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public ReferenceLookup() {}

  /** Migrates a fresh H2, adds a unit and warms both caches with it. */
  @Setup
  public void setUp() {
    JooqPersistence persistence = JooqPersistence.create(Databases.freshH2());
    persistence.migrate();
    organisations = persistence.organisations();
    Municipality municipality = new Municipality(MunicipalityId.random(), "Københavns Kommune");
    Centre centre = new Centre(CentreId.random(), municipality.id(), "Borgercenter Voksne");
    Unit unit =
        new Unit(
            UnitId.random(),
            centre.id(),
            municipality.id(),
            "Ambulant behandling",
            "Borgercenter Nord",
            BookingRules.defaults(),
            0);
    persistence
        .transactions()
        .inTransaction(
            () -> {
              organisations.add(municipality);
              organisations.add(centre);
              organisations.add(unit);
              return null;
            });
    unitId = unit.id();
    Organisations loaderSource = organisations;
    loader = id -> loaderSource.unit(id).orElseThrow();
    bare =
        Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(5)).build();
    bare.get(unitId, loader);
    organisations.unit(unitId).orElseThrow();
  }

  /**
   * Our path.
   *
   * @return the unit
   */
  @Benchmark
  public Optional<Unit> ours() {
    return organisations.unit(unitId);
  }

  /**
   * The baseline.
   *
   * @return the unit
   */
  @Benchmark
  public Unit caffeine() {
    return bare.get(unitId, loader);
  }
}
