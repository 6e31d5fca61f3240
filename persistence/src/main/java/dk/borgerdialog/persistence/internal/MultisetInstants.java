package dk.borgerdialog.persistence.internal;

import java.text.ParsePosition;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

/**
 * The instants of a {@code MULTISET}. jOOQ reads a set as JSON, in which an instant is text:
 * ISO-8601 from PostgreSQL ({@code 2026-03-29T03:30:00.123456+02:00}), and with a space and a short
 * offset from H2 ({@code 2026-03-29 01:30:00.123456+00}). jOOQ converts such text to an {@link
 * Instant} by trying the JDBC timestamp format first and ISO-8601 after its exception, so every
 * instant in a set cost a thrown exception with its stack trace. Selected through {@link #columns},
 * the instant columns of a set are coerced to {@link #IN_JSON}, which reads both forms without an
 * exception; the columns and their SQL are unchanged.
 */
final class MultisetInstants {

  /** Both databases' text: date, {@code T} or a space, time with any fraction, offset. */
  private static final DateTimeFormatter TEXT =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .appendOffset("+HH:mm", "Z")
          .toFormatter();

  /** An instant read from the JSON of a set. */
  static final DataType<Instant> IN_JSON =
      SQLDataType.VARCHAR.asConvertedDataType(
          Converter.from(String.class, Instant.class, MultisetInstants::parse));

  private MultisetInstants() {}

  /**
   * The columns to select; inside a set, the instants read as {@link #IN_JSON}.
   *
   * @param nested whether the columns are selected inside a {@code MULTISET}
   * @param fields the columns
   * @return the columns to select, a list the caller may add to
   */
  static List<SelectField<?>> columns(boolean nested, Field<?>... fields) {
    List<SelectField<?>> columns = new ArrayList<>(fields.length + 4);
    for (Field<?> field : fields) {
      columns.add(nested && field.getType() == Instant.class ? field.coerce(IN_JSON) : field);
    }
    return columns;
  }

  /**
   * Parses an instant as either database writes it into JSON.
   *
   * @param text the text, or null
   * @return the instant, or null
   */
  static @Nullable Instant parse(@Nullable String text) {
    if (text == null) {
      return null;
    }
    ParsePosition position = new ParsePosition(0);
    TemporalAccessor parsed = TEXT.parseUnresolved(text, position);
    if (parsed == null || position.getErrorIndex() >= 0 || position.getIndex() != text.length()) {
      // neither form: jOOQ's own conversion
      return SQLDataType.INSTANT.convert(text);
    }
    return OffsetDateTime.from(TEXT.parse(text)).toInstant();
  }
}
