package dk.borgerdialog.access;

import dk.borgerdialog.citizen.model.CitizenId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash chain of the audit trail: each record's content hash, linked to the previous record's
 * chain hash, so that changing, inserting or deleting a record breaks every link after it.
 *
 * <p>The content is every field of the record in a fixed order, each written as its length and its
 * text (or {@code ~} for null), so that no two records share a content string. The instant is taken
 * to the microsecond, the precision both databases store.
 */
public final class AuditChain {
  /** The chain hash before the first record: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /**
   * The SHA-256 of a record's content, in lower-case hex.
   *
   * @param record the record
   * @return the hash
   */
  public static String contentHash(AuditRecord record) {
    StringBuilder content = new StringBuilder(256);
    field(content, record.id().toString());
    field(content, record.at().truncatedTo(ChronoUnit.MICROS).toString());
    field(content, record.actorKind().name());
    field(content, record.actorId());
    field(content, record.level().name());
    field(content, text(record.citizen()));
    field(content, record.operation().name());
    field(content, record.entityId() == null ? null : record.entityId().toString());
    field(content, Boolean.toString(record.allowed()));
    field(content, record.reason());
    field(content, text(record.onBehalfOf()));
    field(content, record.purpose().name());
    field(content, record.correlationId());
    return sha256(content.toString());
  }

  /**
   * The chain hash of a record: SHA-256 over the previous chain hash and the record's content hash.
   *
   * @param previous the previous record's chain hash, or {@link #GENESIS}
   * @param contentHash the record's content hash
   * @return the chain hash, in lower-case hex
   */
  public static String link(String previous, String contentHash) {
    return sha256(previous + contentHash);
  }

  private static @Nullable String text(@Nullable CitizenId citizen) {
    return citizen == null ? null : citizen.toString();
  }

  private static void field(StringBuilder content, @Nullable String value) {
    if (value == null) {
      content.append('~');
    } else {
      content.append(value.length()).append(':').append(value);
    }
    content.append('|');
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
