package dk.borgerdialog.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were measured on, read off the machine. */
final class Machine {
  private Machine() {}

  static String describe() {
    Runtime runtime = Runtime.getRuntime();
    StringBuilder s = new StringBuilder();
    s.append("cores=").append(runtime.availableProcessors());
    s.append(" cpu=\"").append(cpu()).append('"');
    s.append(" memory=").append(memory());
    s.append(" jvm-max-heap=").append(runtime.maxMemory() / (1024 * 1024)).append(" MB");
    s.append(" jdk=")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.runtime.version"));
    s.append(" os=")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.arch"));
    s.append(
        String.format(
            Locale.ROOT,
            " load-average=%.2f",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    return s.toString();
  }

  private static String cpu() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: the core count says enough
    }
    return "unknown";
  }

  private static String memory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return String.format(Locale.ROOT, "%.1f GB", kb / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "unknown";
  }
}
