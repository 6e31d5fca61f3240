package dk.borgerdialog.scheduling;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A test stand-in for the persistence module's transactional data source: inside {@link
 * #inTransaction} it hands out the current thread's transaction connection, whose {@code close()}
 * does nothing; outside, an ordinary connection of the delegate.
 */
final class ThreadBoundDataSource implements DataSource {
  private final DataSource delegate;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  ThreadBoundDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  /** Whether the work's transaction commits. */
  enum Ending {
    COMMIT,
    ROLLBACK
  }

  /**
   * Runs work in one transaction on this thread, and commits or rolls back.
   *
   * @param ending what to do after the work
   * @param work the work, given the transaction's connection for checks of its own
   */
  void inTransaction(Ending ending, Consumer<Connection> work) {
    try (Connection connection = delegate.getConnection()) {
      connection.setAutoCommit(false);
      current.set(connection);
      try {
        work.accept(connection);
        if (ending == Ending.COMMIT) {
          connection.commit();
        } else {
          connection.rollback();
        }
      } catch (RuntimeException | Error e) {
        connection.rollback();
        throw e;
      } finally {
        current.remove();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection transaction = current.get();
    return transaction == null ? delegate.getConnection() : nonClosing(transaction);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the test data source has one user");
  }

  private static Connection nonClosing(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            ThreadBoundDataSource.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                return null;
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return delegate.isWrapperFor(iface);
  }
}
