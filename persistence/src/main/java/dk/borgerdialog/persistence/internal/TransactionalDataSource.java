package dk.borgerdialog.persistence.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * A data source whose connections join the transaction open on the calling thread, for libraries
 * that take a {@link DataSource} (db-scheduler's client) but must write in a use case's
 * transaction.
 *
 * <p>Inside a transaction it hands out the transaction's own connection, wrapped so that {@code
 * close()}, {@code commit()}, {@code rollback()} and {@code setAutoCommit(...)} do nothing: the
 * transaction owns the connection and ends it. The wrapper refuses further use once closed. Outside
 * a transaction it hands out a new connection of the underlying data source, as it is.
 */
public final class TransactionalDataSource implements DataSource {
  private final DataSource dataSource;
  private final ConnectionProvider threadBound;
  private final TransactionScope scope;

  /**
   * Creates the data source.
   *
   * @param dataSource the underlying data source
   * @param threadBound the connection provider of a jOOQ configuration with a {@link
   *     org.jooq.impl.ThreadLocalTransactionProvider}, which returns the thread's transaction
   *     connection while one is open
   * @param scope the scope that knows whether the thread is in a transaction
   */
  public TransactionalDataSource(
      DataSource dataSource, ConnectionProvider threadBound, TransactionScope scope) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.threadBound = Objects.requireNonNull(threadBound, "threadBound");
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (!scope.isOpen()) {
      return dataSource.getConnection();
    }
    Connection connection;
    try {
      connection = threadBound.acquire();
    } catch (DataAccessException e) {
      throw new SQLException("cannot join the current transaction", e.sqlState(), e);
    }
    // inside a transaction, release only checks that it is the bound connection: it stays open
    threadBound.release(connection);
    return joined(connection);
  }

  /**
   * Refused: a connection for another user cannot join the transaction.
   *
   * @throws SQLFeatureNotSupportedException always
   */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException(
        "connections for another user are not supported; use getConnection()");
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return dataSource.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    dataSource.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    dataSource.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return dataSource.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return dataSource.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return dataSource.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || dataSource.isWrapperFor(iface);
  }

  private static Connection joined(Connection connection) {
    InvocationHandler handler =
        new InvocationHandler() {
          private boolean closed;

          @Override
          public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            int arity = method.getParameterCount();
            switch (name) {
              case "close":
                if (arity == 0) {
                  closed = true;
                  return null;
                }
                break;
              case "isClosed":
                if (arity == 0) {
                  return closed || connection.isClosed();
                }
                break;
              case "equals":
                return proxy == args[0];
              case "hashCode":
                return System.identityHashCode(proxy);
              case "toString":
                return "transaction connection";
              default:
                break;
            }
            if (closed) {
              throw new SQLException("the connection is closed", "08003");
            }
            if (((name.equals("commit") || name.equals("rollback")) && arity == 0)
                || name.equals("setAutoCommit")) {
              // the transaction that owns the connection commits or rolls it back
              return null;
            }
            try {
              return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }
        };
    return (Connection)
        Proxy.newProxyInstance(
            TransactionalDataSource.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            handler);
  }
}
