package dk.borgerdialog.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** An HTTP client of the portal's JSON API with its own cookie jar: one signed-in person. */
final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One answer: its status, media type without parameters, body and the body as JSON. */
  record Response(int status, String contentType, String body, JsonNode json) {}

  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final int port;
  private String id = "";

  /** A client that has not signed in. */
  ApiClient(int port) {
    this.port = port;
  }

  /** Signs a demo person in at an assurance level through the demo sign-in. */
  static ApiClient signedIn(int port, String person, String level) throws Exception {
    ApiClient client = new ApiClient(port);
    Response r =
        client.post(
            "/api/demo/sign-in", "{\"person\":\"" + person + "\",\"level\":\"" + level + "\"}");
    assertThat(r.status).isEqualTo(204);
    client.id = client.get("/api/me").json.get("id").asText();
    return client;
  }

  String id() {
    return id;
  }

  HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  Response get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  Response delete(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).DELETE());
  }

  Response post(String path, String body) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Response put(String path, String body) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String type = r.headers().firstValue("Content-Type").orElse("");
    JsonNode json = r.body().isEmpty() ? JSON.nullNode() : readOrNull(r.body());
    return new Response(r.statusCode(), type.split(";")[0].trim(), r.body(), json);
  }

  private static JsonNode readOrNull(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.nullNode();
    }
  }
}
