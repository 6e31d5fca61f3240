package dk.borgerdialog.audit.application;

import java.util.List;

/**
 * One page of a citizen's access log, newest first.
 *
 * @param entries the entries
 * @param page the page number, from 0
 * @param hasMore whether an older page follows
 */
public record AccessLogPage(List<AccessLogEntry> entries, int page, boolean hasMore) {
  /** Copies the entries. */
  public AccessLogPage {
    entries = List.copyOf(entries);
  }
}
