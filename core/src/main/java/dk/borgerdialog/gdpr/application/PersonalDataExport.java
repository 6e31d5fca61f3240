package dk.borgerdialog.gdpr.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything Borgerdialog holds about one citizen, as one document (GDPR Art. 15, access, and Art.
 * 20, portability). Its JSON form is described in docs/SECURITY.md.
 *
 * @param format the document's format and version, {@value #FORMAT}
 * @param citizenId the citizen's id
 * @param exportedAt when, in ISO-8601 UTC
 * @param sections every kind of personal data, by name, in registration order; a kind that holds
 *     nothing about the citizen is an empty list
 */
public record PersonalDataExport(
    String format,
    String citizenId,
    String exportedAt,
    Map<String, List<Map<String, Object>>> sections) {
  /** The format of this version of the document. */
  public static final String FORMAT = "borgerdialog-personal-data/1";

  /** Copies the sections, keeping their order. */
  public PersonalDataExport {
    sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
  }
}
