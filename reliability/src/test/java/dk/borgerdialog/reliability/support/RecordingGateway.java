package dk.borgerdialog.reliability.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An SMS gateway on loopback that accepts every message and records what came: the path (one per
 * node), the {@code Idempotency-Key} header, the recipient and the text.
 */
public final class RecordingGateway implements AutoCloseable {
  static {
    // without it every response waits about 40 ms for the client's delayed ACK of its headers
    // (see the benchmarks' SmsGateway); read when the first server is created
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One message received. */
  public record Received(String path, String key, String to, String text) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(16);
  private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

  private RecordingGateway(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts a gateway on a free loopback port.
   *
   * @return the running gateway
   * @throws IOException if no port can be bound
   */
  public static RecordingGateway start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    RecordingGateway gateway = new RecordingGateway(server);
    server.createContext("/", gateway::handle);
    server.setExecutor(gateway.executor);
    server.start();
    return gateway;
  }

  /**
   * The endpoint a node posts to.
   *
   * @param node the node's name, the first segment of the path
   * @return the URL
   */
  public URI endpoint(String node) {
    return URI.create(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/" + node + "/messages");
  }

  /** Everything received so far, in order of arrival. */
  public List<Received> received() {
    return new ArrayList<>(received);
  }

  /** How many messages were received. */
  public int count() {
    return received.size();
  }

  /** How many times each idempotency key came. */
  public Map<String, Long> perKey() {
    return received.stream().collect(Collectors.groupingBy(Received::key, Collectors.counting()));
  }

  /** How many messages came per node. */
  public Map<String, Long> perNode() {
    return received.stream()
        .collect(Collectors.groupingBy(r -> r.path().split("/")[1], Collectors.counting()));
  }

  /** The keys per recipient: one reminder per recipient must only ever carry one key. */
  public Map<String, List<String>> keysPerRecipient() {
    return received.stream()
        .collect(
            Collectors.groupingBy(
                Received::to, Collectors.mapping(Function.identity(), Collectors.toList())))
        .entrySet()
        .stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e -> e.getValue().stream().map(Received::key).distinct().toList()));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      JsonNode json = JSON.readTree(body);
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      Received message =
          new Received(
              exchange.getRequestURI().getPath(),
              key == null ? "" : key,
              json.path("to").asText(),
              json.path("text").asText());
      LogLeaks.secret(message.text());
      received.add(message);
      byte[] answer = ("{\"id\":\"gw-" + received.size() + "\"}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
