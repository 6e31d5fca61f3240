package dk.borgerdialog.benchmarks;

import dk.borgerdialog.Borgerdialog;
import dk.borgerdialog.access.Actor;
import dk.borgerdialog.access.AssuranceLevel;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.contact.model.ThreadId;
import dk.borgerdialog.organisation.model.StaffMemberId;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts messages through the SDK at a fixed rate into the threads of the generated data, in turns
 * by a random citizen and by the staff member of a random citizen's unit, and measures each post's
 * latency from the moment it was due, so that a post that waits for a slow one before it is counted
 * with its wait (no coordinated omission).
 */
final class PacedPosts {
  /** Threads that post, so that one slow post does not hold back the ones due after it. */
  static final int WORKERS = 8;

  /** Posts before the measured ones, to warm up the JIT and the connection pool. */
  static final int WARM_UP = 100;

  private final Borgerdialog dialog;
  private final long citizens;
  private final Random random = new Random(11);

  /**
   * @param dialog a started Borgerdialog on generated data
   * @param citizens how many citizens the data has
   */
  PacedPosts(Borgerdialog dialog, long citizens) {
    this.dialog = dialog;
    this.citizens = citizens;
  }

  /**
   * What a paced run measured.
   *
   * @param fromDue each post's latency from when it was due to when it was done: the figure of the
   *     goal
   * @param service each post's own time, from when a worker began it: the cost of one post without
   *     the wait behind others
   * @param done how many posts a second were done over the whole run
   */
  record Measured(Latencies fromDue, Latencies service, double done) {}

  /**
   * Posts {@code count} messages at {@code perSecond}, after a warm-up.
   *
   * @return the latencies
   * @throws Exception if a post fails
   */
  Measured run(int perSecond, int count, PrintStream out) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      post(i).run();
    }
    long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
    long[] latencies = new long[count];
    long[] service = new long[count];
    AtomicInteger late = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    List<Future<?>> done = new ArrayList<>(count);
    long t0 = System.nanoTime();
    try {
      for (int i = 0; i < count; i++) {
        long due = t0 + i * interval;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        } else if (wait < -interval) {
          late.incrementAndGet();
        }
        Runnable post = post(i);
        int slot = i;
        done.add(
            workers.submit(
                () -> {
                  long begun = System.nanoTime();
                  post.run();
                  long end = System.nanoTime();
                  latencies[slot] = end - due;
                  service[slot] = end - begun;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      workers.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.printf(
        Locale.ROOT,
        "  posts: %d due at %d/s, done in %.1f s (%.1f/s); %d submitted more than one interval"
            + " late%n",
        count,
        perSecond,
        seconds,
        count / seconds,
        late.get());
    return new Measured(Latencies.ofNanos(latencies), Latencies.ofNanos(service), count / seconds);
  }

  /** The i-th post: even ones by a citizen in their thread, odd ones by staff answering. */
  private Runnable post(int i) {
    long n = (long) (random.nextDouble() * citizens);
    ThreadId thread = new ThreadId(ScaleGenerator.thread(n));
    Actor actor =
        i % 2 == 0
            ? Actor.citizen(new CitizenId(ScaleGenerator.citizen(n)), AssuranceLevel.SUBSTANTIAL)
            : Actor.staff(new StaffMemberId(ScaleGenerator.staff(n)), AssuranceLevel.SUBSTANTIAL);
    return () -> dialog.as(actor).contacts().write(thread, MessageData.BODY);
  }
}
