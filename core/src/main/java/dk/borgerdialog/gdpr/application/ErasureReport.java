package dk.borgerdialog.gdpr.application;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an erasure removed or stripped, per kind of personal data.
 *
 * @param citizenId the citizen's id, which remains as an anonymous key of the audit trail
 * @param rows the rows deleted or stripped, by kind
 */
public record ErasureReport(String citizenId, Map<String, Integer> rows) {
  /** Copies the counts, keeping their order. */
  public ErasureReport {
    rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }
}
