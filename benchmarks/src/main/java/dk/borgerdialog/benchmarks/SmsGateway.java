package dk.borgerdialog.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/** An SMS gateway on loopback that accepts every message at once and counts them. */
final class SmsGateway implements AutoCloseable {
  static {
    // The JDK's server writes a response's headers and its body in two writes and leaves Nagle's
    // algorithm on by default, so the body waits for the client's delayed ACK of the headers:
    // about 40 ms per request on loopback, which this gateway would otherwise add to every SMS.
    // Read once per JVM, when the first server is created; -Dsun.net.httpserver.nodelay=false on
    // the command line measures the old behaviour.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final AtomicLong received = new AtomicLong();

  SmsGateway() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    executor = Executors.newFixedThreadPool(8);
    server.setExecutor(executor);
    server.createContext(
        "/sms",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          long n = received.incrementAndGet();
          byte[] answer = ("{\"id\":\"sms-" + n + "\"}").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, answer.length);
          try (OutputStream o = exchange.getResponseBody()) {
            o.write(answer);
          }
        });
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
  }

  long received() {
    return received.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
