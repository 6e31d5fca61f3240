package dk.borgerdialog.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** A data source that counts the statements prepared on its connections. */
final class CountingDataSource {
  private final AtomicInteger statements = new AtomicInteger();
  private final DataSource dataSource;

  CountingDataSource(DataSource target) {
    this.dataSource =
        proxy(
            DataSource.class,
            target,
            (method, result) ->
                method.getName().equals("getConnection")
                    ? proxy(Connection.class, (Connection) result, this::count)
                    : result);
  }

  DataSource dataSource() {
    return dataSource;
  }

  int statements() {
    return statements.get();
  }

  void reset() {
    statements.set(0);
  }

  private Object count(Method method, Object result) {
    if (method.getName().equals("prepareStatement")
        || method.getName().equals("createStatement")
        || method.getName().equals("prepareCall")) {
      statements.incrementAndGet();
    }
    return result;
  }

  private interface AfterCall {
    Object after(Method method, Object result);
  }

  private static <T> T proxy(Class<T> type, T target, AfterCall after) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          try {
            return after.after(method, method.invoke(target, args));
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
