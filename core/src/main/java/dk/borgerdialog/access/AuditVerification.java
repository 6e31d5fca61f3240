package dk.borgerdialog.access;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The result of verifying the audit trail's hash chain.
 *
 * @param intact whether every record and link checked out
 * @param recordsChecked how many chained records were checked
 * @param firstBroken the first record whose content or link does not match, or null; null too when
 *     only the chain's end is wrong (its last records were deleted)
 * @param problem what is wrong, or null when intact
 */
public record AuditVerification(
    boolean intact, long recordsChecked, @Nullable UUID firstBroken, @Nullable String problem) {

  /**
   * An unbroken chain.
   *
   * @param recordsChecked how many records were checked
   * @return the result
   */
  public static AuditVerification intact(long recordsChecked) {
    return new AuditVerification(true, recordsChecked, null, null);
  }

  /**
   * A broken chain.
   *
   * @param recordsChecked how many records were checked before the break
   * @param firstBroken the first broken record, or null
   * @param problem what is wrong
   * @return the result
   */
  public static AuditVerification broken(
      long recordsChecked, @Nullable UUID firstBroken, String problem) {
    return new AuditVerification(false, recordsChecked, firstBroken, problem);
  }
}
