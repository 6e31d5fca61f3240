package dk.borgerdialog.examples.portal;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.common.InvalidInputException;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo sign-in: a tester picks a person of the demo data and the assurance level a MitID
 * sign-in would have reached. It stands in for MitID and is for demonstrations only.
 *
 * <p>A sign-in gets a random token in an HttpOnly, SameSite=Strict cookie; the token maps to the
 * person and level in memory.
 */
final class DemoSignIn implements SignIn {
  /** The cookie that carries the token. */
  static final String COOKIE = "borgerdialog-demo-session";

  private final Directory directory;
  private final Map<String, Signed> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  DemoSignIn(Directory directory) {
    this.directory = directory;
  }

  @Override
  public Optional<Actor> actor(Context ctx) {
    return signed(ctx).map(s -> s.person().actor(s.level()));
  }

  /**
   * The person and level of a request.
   *
   * @param ctx the request
   * @return who is signed in, if anyone
   */
  Optional<Signed> signed(Context ctx) {
    String token = ctx.cookie(COOKIE);
    return token == null ? Optional.empty() : Optional.ofNullable(sessions.get(token));
  }

  /**
   * Signs a person in.
   *
   * @param ctx the request, which gets the cookie
   * @param personKey the person's key
   * @param level the level, such as {@code "SUBSTANTIAL"}
   * @return the signed-in person and level
   * @throws InvalidInputException naming {@code person} or {@code level}
   */
  Signed signIn(Context ctx, String personKey, String level) {
    DemoPerson person =
        directory
            .person(personKey)
            .orElseThrow(() -> new InvalidInputException("person", "must be a demo person"));
    return signIn(ctx, person, level);
  }

  /**
   * Signs a person in whom the caller found, such as a relative with a grant in the database.
   *
   * @param ctx the request, which gets the cookie
   * @param person the person
   * @param level the level, such as {@code "SUBSTANTIAL"}
   * @return the signed-in person and level
   * @throws InvalidInputException naming {@code level}
   */
  Signed signIn(Context ctx, DemoPerson person, String level) {
    AssuranceLevel assurance;
    try {
      assurance = AssuranceLevel.valueOf(level);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("level", "must be LOW, SUBSTANTIAL or HIGH");
    }
    signOut(ctx);
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Signed signed = new Signed(person, assurance);
    sessions.put(token, signed);
    // name, value, path, max age (session), secure (the demo runs on plain http), http-only
    ctx.cookie(new Cookie(COOKIE, token, "/", -1, false, true, null, SameSite.STRICT));
    return signed;
  }

  /**
   * Signs out, if signed in.
   *
   * @param ctx the request
   */
  void signOut(Context ctx) {
    String token = ctx.cookie(COOKIE);
    if (token != null) {
      sessions.remove(token);
      ctx.removeCookie(COOKIE, "/");
    }
  }

  /**
   * A signed-in person.
   *
   * @param person the person
   * @param level the assurance level chosen
   */
  record Signed(DemoPerson person, AssuranceLevel level) {}
}
