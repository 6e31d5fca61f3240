package dk.borgerdialog.reliability.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link DispatchingNode} in a child JVM on the test's own class path. */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final Path output;

  private ChildJvm(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  /**
   * Starts a dispatching node and waits until it is ready.
   *
   * @param name the node's name, for its output file
   * @param args the node's arguments
   * @return the running node
   * @throws Exception if it does not get ready within a minute
   */
  public static ChildJvm dispatchingNode(String name, String... args) throws Exception {
    return launch(name, args).awaitReady();
  }

  /**
   * Starts a dispatching node without waiting for it.
   *
   * @param name the node's name, for its output file
   * @param args the node's arguments
   * @return the starting node
   * @throws Exception if the JVM cannot be started
   */
  public static ChildJvm launch(String name, String... args) throws Exception {
    String classPath = System.getProperty("surefire.test.class.path");
    if (classPath == null || classPath.isBlank()) {
      classPath = System.getProperty("java.class.path");
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-Xmx256m");
    command.add("-Duser.timezone=Europe/Copenhagen");
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
    command.add("-Dorg.jooq.no-logo=true");
    command.add("-Dorg.jooq.no-tips=true");
    command.add("-cp");
    command.add(classPath);
    command.add(DispatchingNode.class.getName());
    command.addAll(List.of(args));
    Path output = Files.createTempFile(Path.of("target"), "child-" + name + "-", ".log");
    LogLeaks.watch(output);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    return new ChildJvm(process, output);
  }

  /**
   * Waits until the node dispatches.
   *
   * @return this node
   * @throws Exception if it does not get ready within 90 seconds
   */
  public ChildJvm awaitReady() throws Exception {
    ChildJvm child = this;
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the child JVM ended: " + child.tail());
      }
      try (BufferedReader reader = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
        if (reader.lines().anyMatch(DispatchingNode.READY::equals)) {
          return this;
        }
      }
      Thread.sleep(50);
    }
    child.kill();
    throw new IllegalStateException("the child JVM did not get ready: " + child.tail());
  }

  /**
   * Kills the JVM with SIGKILL and waits until it is gone.
   *
   * @throws InterruptedException if interrupted
   */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Whether it still runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * The end of its output.
   *
   * @return the last lines
   */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e + ")";
    }
  }

  /** Stops it gracefully: closing its input ends its main; kills it after 30 seconds. */
  @Override
  public void close() throws Exception {
    if (!process.isAlive()) {
      return;
    }
    process.getOutputStream().close();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      kill();
    }
  }
}
