package dk.borgerdialog.examples.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.UnableToChangeException;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * The demo portal: Borgerdialog on embedded H2 with demo data, an HTTP JSON API, and a citizen and
 * a staff page, on a local port.
 *
 * <p>Run it with {@code mvn -q -pl examples -am package -DskipTests exec:java
 * -Dexample=portal.Portal} and open the printed address. {@code -Dportal.port=8080} picks another
 * port; 0 picks a free one.
 */
public final class Portal implements AutoCloseable {
  /** The port the portal listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 7070;

  private final Borgerdialog dialog;
  private final Directory directory;
  private final PortalApi api;
  private final Javalin app;

  private Portal(Borgerdialog dialog, Directory directory, PortalApi api, Javalin app) {
    this.dialog = dialog;
    this.directory = directory;
    this.api = api;
    this.app = app;
  }

  /**
   * Starts the portal on a fresh in-memory H2 database with the demo data.
   *
   * @param port the port on localhost, or 0 for a free one
   * @param base the clock the demo runs on: the system clock, or a fixed one in tests
   * @return the running portal
   */
  public static Portal start(int port, Clock base) {
    DemoClock clock = DemoClock.over(base);
    Borgerdialog dialog = Borgerdialog.builder().clock(clock).start();
    try {
      Directory directory = DemoData.seed(dialog, clock);
      ObjectMapper json = new ObjectMapper();
      DemoSignIn signIn = new DemoSignIn(directory);
      PortalApi api = new PortalApi(dialog, directory, signIn, json);
      Problems problems = new Problems(json);
      Javalin app =
          Javalin.create(
              config -> {
                config.jsonMapper(new JavalinJackson(json, false));
                config.staticFiles.add("/portal/public", Location.CLASSPATH);
                config.startup.showJavalinBanner = false;
                // a message may carry the SDK's most attachments at their largest size, in base64
                config.http.maxRequestSize = PortalApi.MAX_REQUEST_SIZE;
                for (PortalApi.Route route : api.routes()) {
                  config.routes.addEndpoint(
                      new io.javalin.router.Endpoint(
                          route.method(), route.path(), route.handler()));
                }
                config.routes.before(
                    ctx -> {
                      ctx.header("X-Content-Type-Options", "nosniff");
                      ctx.header("X-Frame-Options", "DENY");
                      ctx.header("Referrer-Policy", "no-referrer");
                      if (ctx.path().startsWith("/api/")) {
                        ctx.header("Cache-Control", "no-store");
                      }
                    });
                config.routes.exception(InvalidInputException.class, problems::invalidInput);
                config.routes.exception(
                    PortalApi.UnreadableBody.class,
                    (e, ctx) -> problems.unreadableBody(e.json(), ctx));
                config.routes.exception(NoSuchEntityException.class, problems::noSuchEntity);
                config.routes.exception(ConflictException.class, problems::conflict);
                config.routes.exception(AccessDeniedException.class, problems::accessDenied);
                config.routes.exception(UnableToChangeException.class, problems::unableToChange);
                config.routes.exception(
                    PortalApi.NotSignedIn.class, (e, ctx) -> problems.notSignedIn(ctx));
                config.routes.exception(Exception.class, problems::unexpected);
                config.routes.error(
                    404,
                    ctx -> {
                      // an unknown path; a NoSuchEntityException has written its problem already
                      if (ctx.path().startsWith("/api/") && ctx.resultInputStream() == null) {
                        problems.notFound(ctx);
                      }
                    });
              });
      app.start("127.0.0.1", port);
      return new Portal(dialog, directory, api, app);
    } catch (RuntimeException e) {
      dialog.close();
      throw e;
    }
  }

  /**
   * Starts the portal and waits until the process is stopped.
   *
   * @param args not used; the port comes from the system property {@code portal.port}
   * @throws InterruptedException if interrupted while waiting
   */
  public static void main(String[] args) throws InterruptedException {
    int port = Integer.getInteger("portal.port", DEFAULT_PORT);
    Portal portal = start(port, Clock.systemUTC());
    Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "portal-shutdown"));
    System.out.println();
    System.out.println("Borgerdialog demo portal: " + portal.uri());
    System.out.println("Open it in a browser, pick a person and sign in. Stop it with Ctrl+C.");
    Thread.currentThread().join();
  }

  /**
   * The address to open.
   *
   * @return {@code http://localhost:PORT/}
   */
  public URI uri() {
    return URI.create("http://localhost:" + app.port() + "/");
  }

  /**
   * The port the portal listens on.
   *
   * @return the port
   */
  public int port() {
    return app.port();
  }

  /**
   * Who can sign in, and the units.
   *
   * @return the directory of the demo data
   */
  public Directory directory() {
    return directory;
  }

  /**
   * The running Borgerdialog, for tests that check what the pages did.
   *
   * @return the Borgerdialog
   */
  public Borgerdialog dialog() {
    return dialog;
  }

  /**
   * The method and path of every route the web server serves, as {@code "GET /api/me"}.
   *
   * @return the routes, from the server's own router
   */
  public List<String> servedRoutes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
        .toList();
  }

  List<PortalApi.Route> apiRoutes() {
    return api.routes();
  }

  @Override
  public void close() {
    app.stop();
    dialog.close();
  }
}
