package dk.borgerdialog.examples.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.borgerdialog.common.AccessDeniedException;
import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.NoSuchEntityException;
import dk.borgerdialog.common.UnableToChangeException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors as {@code application/problem+json} (RFC 9457), mapped from the SDK's typed exceptions.
 *
 * <p>{@code type} is a stable URN per kind of problem; {@code title} a short text; {@code detail}
 * the exception's message, which the SDK keeps free of personal data; {@code instance} the path.
 * Invalid input adds {@code field} and {@code rule}; a refused change adds {@code rule}, the stable
 * code of the domain rule.
 */
final class Problems {
  /** The media type of RFC 9457. */
  static final String PROBLEM_JSON = "application/problem+json";

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  private final ObjectMapper json;

  Problems(ObjectMapper json) {
    this.json = json;
  }

  void invalidInput(InvalidInputException e, Context ctx) {
    Map<String, Object> problem =
        problem(ctx, 400, "invalid-input", "Invalid input", e.getMessage());
    problem.put("field", e.field());
    problem.put("rule", e.rule());
    write(ctx, 400, problem);
  }

  void unreadableBody(JsonProcessingException e, Context ctx) {
    String field =
        e instanceof JsonMappingException m && !m.getPath().isEmpty()
            ? m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[")
            : "body";
    String rule =
        e instanceof JsonMappingException && !"body".equals(field)
            ? "has the wrong type or form"
            : "must be a JSON object";
    invalidInput(new InvalidInputException(field, rule), ctx);
  }

  void noSuchEntity(NoSuchEntityException e, Context ctx) {
    Map<String, Object> problem = problem(ctx, 404, "no-such-entity", "Not found", e.getMessage());
    problem.put("entity", e.entity());
    write(ctx, 404, problem);
  }

  void conflict(ConflictException e, Context ctx) {
    write(ctx, 409, problem(ctx, 409, "conflict", "Conflict", e.getMessage()));
  }

  void accessDenied(AccessDeniedException e, Context ctx) {
    write(ctx, 403, problem(ctx, 403, "access-denied", "Access denied", e.getMessage()));
  }

  void unableToChange(UnableToChangeException e, Context ctx) {
    Map<String, Object> problem =
        problem(ctx, 422, "unable-to-change", "Unable to change", e.getMessage());
    problem.put("rule", e.rule());
    write(ctx, 422, problem);
  }

  void notSignedIn(Context ctx) {
    write(
        ctx,
        401,
        problem(ctx, 401, "not-signed-in", "Not signed in", "Sign in to use this service."));
  }

  void notFound(Context ctx) {
    write(ctx, 404, problem(ctx, 404, "not-found", "Not found", "There is no such resource."));
  }

  void unexpected(Exception e, Context ctx) {
    // an unexpected message may hold anything, personal data too: log the type and where only
    StackTraceElement[] trace = e.getStackTrace();
    LOG.error(
        "Unexpected {} at {} on {} {}",
        e.getClass().getName(),
        trace.length > 0 ? trace[0] : "?",
        ctx.method(),
        instance(ctx.path()));
    write(
        ctx,
        500,
        problem(ctx, 500, "internal", "Internal error", "Something went wrong. Please try again."));
  }

  private static Map<String, Object> problem(
      Context ctx, int status, String type, String title, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "urn:borgerdialog:problem:" + type);
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    problem.put("instance", instance(ctx.path()));
    return problem;
  }

  /** The path, without a calendar feed's token: the token is the key to the feed. */
  static String instance(String path) {
    return path.startsWith(FEEDS) ? FEEDS + "{token}" : path;
  }

  private static final String FEEDS = "/api/calendar-feeds/";

  private void write(Context ctx, int status, Map<String, Object> problem) {
    try {
      ctx.status(status).contentType(PROBLEM_JSON).result(json.writeValueAsBytes(problem));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A problem of strings and numbers is always writable", e);
    }
  }
}
