package dk.borgerdialog.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A data source that records every statement executed through it, with the values bound to its
 * parameters, so that a test can ask the database for the plan of each.
 */
final class RecordingDataSource {
  /** One parameter setter call, such as {@code setObject(1, uuid)}. */
  record Binding(Method setter, Object[] args) {}

  /**
   * An executed statement and its bindings.
   *
   * @param sql the statement
   * @param bindings the values bound to it
   * @param batched whether it was added to a JDBC batch, sent with the others of the batch in one
   *     round trip, rather than executed alone
   */
  record Executed(String sql, List<Binding> bindings, boolean batched) {}

  private final List<Executed> executed = new CopyOnWriteArrayList<>();
  private final List<String> batches = new CopyOnWriteArrayList<>();
  private volatile boolean recording;
  private volatile @Nullable Thread only;

  DataSource wrap(DataSource target) {
    return proxy(
        DataSource.class,
        (p, m, a) -> {
          Object result = invoke(target, m, a);
          return m.getName().equals("getConnection") ? connection((Connection) result) : result;
        });
  }

  /** Records the statements of every thread, such as the scheduler's that dispatch reminders. */
  void start() {
    executed.clear();
    batches.clear();
    only = null;
    recording = true;
  }

  /**
   * Records the statements of the calling thread only: those of a use case called on it, without
   * the background work (the scheduler's polling, notices delivered) that runs beside it.
   */
  void startOnThisThread() {
    executed.clear();
    batches.clear();
    only = Thread.currentThread();
    recording = true;
  }

  /**
   * The round trips of the statements recorded since the last start: every statement executed
   * alone, and every JDBC batch once however many statements it holds.
   *
   * @return the round trips
   */
  int roundTrips() {
    return (int) executed.stream().filter(e -> !e.batched()).count() + batches.size();
  }

  List<Executed> stop() {
    recording = false;
    return List.copyOf(executed);
  }

  private Connection connection(Connection target) {
    return proxy(
        Connection.class,
        (p, m, a) -> {
          Object result = invoke(target, m, a);
          if (m.getName().equals("prepareStatement") && a != null && a[0] instanceof String sql) {
            return statement((PreparedStatement) result, sql);
          }
          return result;
        });
  }

  private PreparedStatement statement(PreparedStatement target, String sql) {
    List<Binding> bindings = new ArrayList<>();
    return proxy(
        PreparedStatement.class,
        (p, m, a) -> {
          String name = m.getName();
          if (name.startsWith("set") && a != null && a.length >= 2 && a[0] instanceof Integer) {
            bindings.add(new Binding(m, a.clone()));
          } else if (name.equals("clearParameters")) {
            bindings.clear();
          } else if ((name.equals("execute")
                  || name.equals("executeQuery")
                  || name.equals("executeUpdate")
                  || name.equals("addBatch"))
              && (a == null || a.length == 0)
              && recording
              && (only == null || only == Thread.currentThread())) {
            executed.add(new Executed(sql, List.copyOf(bindings), name.equals("addBatch")));
          } else if ((name.equals("executeBatch") || name.equals("executeLargeBatch"))
              && recording
              && (only == null || only == Thread.currentThread())) {
            batches.add(sql);
          }
          return invoke(target, m, a);
        });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return (T)
        Proxy.newProxyInstance(
            RecordingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
