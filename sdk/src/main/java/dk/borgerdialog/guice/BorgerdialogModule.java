package dk.borgerdialog.guice;

import com.google.inject.Exposed;
import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dk.borgerdialog.Borgerdialog;
import java.util.Objects;

/**
 * A Guice module for hosts that use Guice: it exposes one {@link Borgerdialog}, started from a
 * configured builder, and nothing else.
 *
 * <p>Borgerdialog's own wiring lives in a separate injector, so none of its bindings (its clock,
 * its repositories) can clash with the host's. The host closes the instance when it stops.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(
 *     new BorgerdialogModule(Borgerdialog.builder().dataSource(dataSource)));
 * Borgerdialog dialog = injector.getInstance(Borgerdialog.class);
 * }</pre>
 */
public final class BorgerdialogModule extends PrivateModule {
  private final Borgerdialog.Builder builder;

  /**
   * Creates the module. Configure the builder fully before the injector is created.
   *
   * @param builder the configured builder
   * @throws NullPointerException if it is null
   */
  public BorgerdialogModule(Borgerdialog.Builder builder) {
    this.builder = Objects.requireNonNull(builder, "builder");
  }

  @Override
  protected void configure() {
    // everything is provided below
  }

  @Provides
  @Singleton
  @Exposed
  Borgerdialog borgerdialog() {
    return builder.start();
  }
}
