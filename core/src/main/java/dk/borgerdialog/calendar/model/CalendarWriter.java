package dk.borgerdialog.calendar.model;

import java.util.List;

/** Writes calendar entries as an RFC 5545 .ics document (a secondary port). */
public interface CalendarWriter {

  /**
   * Writes a calendar with the time zones its entries use (VTIMEZONE).
   *
   * @param name the calendar's name, shown by clients
   * @param entries the entries
   * @return the .ics text, lines ending in CRLF
   */
  String write(String name, List<CalendarEntry> entries);
}
