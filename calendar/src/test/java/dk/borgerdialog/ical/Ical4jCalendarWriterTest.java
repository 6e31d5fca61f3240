package dk.borgerdialog.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.calendar.model.CalendarEntry;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

class Ical4jCalendarWriterTest {
  private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
  private static final Instant STAMP = Instant.parse("2026-10-20T18:00:00Z");

  private final Ical4jCalendarWriter writer = new Ical4jCalendarWriter();

  @Test
  void entries_on_both_sides_of_a_daylight_saving_change_parse_back_with_their_zone()
      throws Exception {
    CalendarEntry summer =
        new CalendarEntry(
            "appointment-1@borgerdialog.dk",
            3,
            Instant.parse("2026-10-20T07:30:00Z"),
            Instant.parse("2026-10-20T08:30:00Z"),
            CPH,
            "Aftale hos Borgercenter Nord (telefon)",
            null,
            false,
            STAMP);
    CalendarEntry winter =
        new CalendarEntry(
            "appointment-2@borgerdialog.dk",
            5,
            Instant.parse("2026-10-27T08:30:00Z"),
            Instant.parse("2026-10-27T09:30:00Z"),
            CPH,
            "Aftale hos Hjemmeplejen Nord",
            "Frederiksberg Allé 20, 1820 Frederiksberg C",
            true,
            STAMP);

    String ics = writer.write("Min kalender", List.of(summer, winter));
    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    parsed.validate();

    assertThat(ics).contains("\r\n").startsWith("BEGIN:VCALENDAR");
    assertThat(ics).contains("DTSTART;TZID=Europe/Copenhagen:20261020T093000");
    assertThat(ics).contains("DTSTART;TZID=Europe/Copenhagen:20261027T093000");
    List<VTimeZone> zones = parsed.getComponents("VTIMEZONE");
    assertThat(zones).hasSize(1);
    assertThat(zones.get(0).getTimeZoneId().getValue()).isEqualTo("Europe/Copenhagen");
    assertThat(zones.get(0).getObservances()).hasSizeGreaterThanOrEqualTo(2);
    List<VEvent> events = parsed.getComponents("VEVENT");
    assertThat(events).hasSize(2);
    VEvent first = events.get(0);
    assertThat(first.getUid().orElseThrow().getValue()).isEqualTo(summer.uid());
    assertThat(first.getSequence().getSequenceNo()).isEqualTo(3);
    assertThat(first.getStatus().getValue()).isEqualTo("CONFIRMED");
    assertThat(((ZonedDateTime) first.getDateTimeStart().getDate()).toInstant())
        .isEqualTo(summer.start());
    VEvent second = events.get(1);
    assertThat(second.getStatus().getValue()).isEqualTo("CANCELLED");
    assertThat(second.getSequence().getSequenceNo()).isEqualTo(5);
    assertThat(second.getLocation().getValue()).isEqualTo(winter.location());
    assertThat(((ZonedDateTime) second.getDateTimeEnd().getDate()).toInstant())
        .isEqualTo(winter.end());
    assertThat(parsed.getProperty(Property.PRODID).orElseThrow().getValue())
        .isEqualTo(Ical4jCalendarWriter.PRODUCT_ID);
  }

  @Test
  void an_empty_calendar_is_valid() throws Exception {
    String ics = writer.write("My calendar", List.of());

    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    assertThat(parsed.getComponents()).isEmpty();
    assertThat(ics).contains("X-WR-CALNAME:My calendar");
  }
}
