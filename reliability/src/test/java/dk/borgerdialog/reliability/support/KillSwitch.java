package dk.borgerdialog.reliability.support;

import dk.borgerdialog.persistence.testing.TestDatabases;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that, when armed, has PostgreSQL terminate the backend of the connection that is
 * about to run the n-th statement ({@code pg_terminate_backend}), so a use case loses its
 * connection exactly there. Unarmed, it counts statements.
 */
public final class KillSwitch implements DataSource {
  private final DataSource target;
  private final TestDatabases.Postgres database;
  private final AtomicInteger statements = new AtomicInteger();
  private final AtomicInteger killAt = new AtomicInteger(-1);
  private final AtomicInteger kills = new AtomicInteger();

  /**
   * Wraps a data source of the database.
   *
   * @param target connections to wrap; a new one per call, so none survives its backend
   * @param database the database, for the terminating connection
   */
  public KillSwitch(DataSource target, TestDatabases.Postgres database) {
    this.target = target;
    this.database = database;
  }

  /**
   * Terminates the backend before the n-th statement from now.
   *
   * @param n 1 for the next statement
   */
  public void armAt(int n) {
    statements.set(0);
    killAt.set(n);
  }

  /** Stops killing and resets the count. */
  public void disarm() {
    killAt.set(-1);
    statements.set(0);
  }

  /** Statements prepared since the last arm or disarm. */
  public int statements() {
    return statements.get();
  }

  /** How many backends were terminated. */
  public int kills() {
    return kills.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return wrap(target.getConnection(username, password));
  }

  private Connection wrap(Connection connection) throws SQLException {
    int pid;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
      rows.next();
      pid = rows.getInt(1);
    }
    InvocationHandler handler =
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("prepareStatement")
              || name.equals("createStatement")
              || name.equals("prepareCall")) {
            int n = statements.incrementAndGet();
            if (n == killAt.get()) {
              terminate(pid);
            }
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (Connection)
        Proxy.newProxyInstance(
            KillSwitch.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private void terminate(int pid) throws SQLException {
    try (Connection admin = database.admin();
        Statement statement = admin.createStatement();
        ResultSet rows = statement.executeQuery("SELECT pg_terminate_backend(" + pid + ")")) {
      rows.next();
      if (rows.getBoolean(1)) {
        kills.incrementAndGet();
      }
    }
    // wait until the backend is gone, so the next statement certainly fails
    for (int i = 0; i < 100; i++) {
      try (Connection admin = database.admin();
          Statement statement = admin.createStatement();
          ResultSet rows =
              statement.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = " + pid)) {
        rows.next();
        if (rows.getInt(1) == 0) {
          return;
        }
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
