package dk.borgerdialog.examples.portal;

import dk.borgerdialog.access.Actor;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who the caller of a request is. The portal's API asks this for every request and calls the SDK as
 * the actor it returns.
 *
 * <p>The demo portal uses {@link DemoSignIn}, a person picker. A host replaces it with its own
 * sign-in (MitID through the municipality's identity provider, or the staff directory) that maps
 * its session to an {@link Actor} with the assurance level the sign-in reached.
 */
public interface SignIn {

  /**
   * The actor of a request.
   *
   * @param ctx the request
   * @return the signed-in actor, or empty if nobody is signed in
   */
  Optional<Actor> actor(Context ctx);
}
