package dk.borgerdialog.reliability.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A table-by-table fingerprint of the schema {@code borgerdialog}: per table the row count and an
 * order-independent digest of every row's values. Two equal fingerprints mean equal contents.
 */
public final class SchemaFingerprint {
  private final DataSource database;
  private final Set<String> excluded;
  private final List<String> tables = new ArrayList<>();

  /**
   * A fingerprint over every table of the schema but the excluded ones.
   *
   * @param database H2 or PostgreSQL, migrated
   * @param excluded lower-case table names left out
   */
  public SchemaFingerprint(DataSource database, Set<String> excluded) {
    this.database = database;
    this.excluded = excluded;
  }

  /**
   * Takes the fingerprint now.
   *
   * @return table name to "rows:digest"
   */
  public Map<String, String> take() {
    try (Connection connection = database.getConnection()) {
      if (tables.isEmpty()) {
        try (Statement statement = connection.createStatement();
            ResultSet rows =
                statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE"
                        + " LOWER(table_schema) = 'borgerdialog' AND table_type IN ('BASE"
                        + " TABLE', 'TABLE')")) {
          while (rows.next()) {
            String table = rows.getString(1).toLowerCase(Locale.ROOT);
            if (!excluded.contains(table)) {
              tables.add(table);
            }
          }
        }
        if (tables.size() < 10) {
          throw new IllegalStateException("too few tables found: " + tables);
        }
      }
      Map<String, String> fingerprint = new TreeMap<>();
      for (String table : tables) {
        fingerprint.put(table, table(connection, table));
      }
      return fingerprint;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot fingerprint the schema", e);
    }
  }

  /** The tables in the fingerprint. */
  public List<String> tables() {
    return List.copyOf(tables);
  }

  private static String table(Connection connection, String table) throws SQLException {
    long rows = 0;
    long[] sum = new long[2];
    Map<Integer, String> names = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT * FROM borgerdialog." + table)) {
      ResultSetMetaData meta = result.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        names.put(i, meta.getColumnName(i));
      }
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.append(names.get(i)).append('=').append(result.getString(i)).append('\u0001');
        }
        byte[] digest = sha256(row.toString());
        // a sum of row digests does not depend on the order the rows come in
        sum[0] += toLong(digest, 0);
        sum[1] += toLong(digest, 8);
        rows++;
      }
    }
    return rows + ":" + Long.toHexString(sum[0]) + Long.toHexString(sum[1]);
  }

  private static long toLong(byte[] bytes, int from) {
    long value = 0;
    for (int i = from; i < from + 8; i++) {
      value = (value << 8) | (bytes[i] & 0xff);
    }
    return value;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
