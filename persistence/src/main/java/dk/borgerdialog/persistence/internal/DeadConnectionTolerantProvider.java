package dk.borgerdialog.persistence.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;
import org.jooq.ConnectionProvider;

/**
 * Hands out connections whose clean-up after a transaction cannot fail once the database has closed
 * them.
 *
 * <p>jOOQ's {@link org.jooq.impl.ThreadLocalTransactionProvider} forgets the transaction it bound
 * to the thread only after the rollback succeeded. When the database ends the connection in the
 * middle of a transaction (a restart, a fail-over, {@code pg_terminate_backend}), the rollback
 * throws, the dead transaction stays bound, and every later transaction on that thread nests in it
 * and fails: the thread never recovers. A closed connection has nothing left to roll back (the
 * server discards its transaction), so on such a connection {@code rollback}, {@code
 * releaseSavepoint} and {@code setAutoCommit} do nothing instead of throwing. An open connection
 * behaves exactly as before; a commit is never hidden.
 */
public final class DeadConnectionTolerantProvider implements ConnectionProvider {
  private static final Set<String> CLEAN_UP =
      Set.of("rollback", "releaseSavepoint", "setAutoCommit");

  private final ConnectionProvider delegate;

  /**
   * Wraps a connection provider.
   *
   * @param delegate where connections come from and go back to
   */
  public DeadConnectionTolerantProvider(ConnectionProvider delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public Connection acquire() {
    Connection connection = delegate.acquire();
    return (Connection)
        Proxy.newProxyInstance(
            DeadConnectionTolerantProvider.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            new Tolerant(connection));
  }

  @Override
  public void release(Connection connection) {
    if (Proxy.isProxyClass(connection.getClass())
        && Proxy.getInvocationHandler(connection) instanceof Tolerant tolerant) {
      delegate.release(tolerant.connection);
    } else {
      delegate.release(connection);
    }
  }

  private static final class Tolerant implements InvocationHandler {
    private final Connection connection;

    Tolerant(Connection connection) {
      this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(connection, args);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof SQLException && CLEAN_UP.contains(method.getName()) && isClosed()) {
          return null;
        }
        throw cause;
      }
    }

    private boolean isClosed() {
      try {
        return connection.isClosed();
      } catch (SQLException e) {
        return true;
      }
    }
  }
}
