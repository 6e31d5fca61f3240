package dk.borgerdialog.ical;

import dk.borgerdialog.calendar.model.CalendarEntry;
import dk.borgerdialog.calendar.model.CalendarWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes calendars with ical4j: one VEVENT per entry, with its times in the entry's zone (TZID) and
 * a VTIMEZONE for each zone used, so clients show the right local time on both sides of a daylight
 * saving change.
 */
public final class Ical4jCalendarWriter implements CalendarWriter {
  /** The product id every calendar carries. */
  public static final String PRODUCT_ID = "-//Borgerdialog//Borgerdialog//DA";

  private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

  /** Creates the writer. */
  public Ical4jCalendarWriter() {}

  @Override
  public String write(String name, List<CalendarEntry> entries) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new Method("PUBLISH"));
    calendar.add(new XProperty("X-WR-CALNAME", name));
    Set<ZoneId> used = new LinkedHashSet<>();
    for (CalendarEntry entry : entries) {
      used.add(entry.zone());
    }
    for (ZoneId zone : used) {
      TimeZone timeZone = zones.getTimeZone(zone.getId());
      if (timeZone == null) {
        throw new IllegalArgumentException("no VTIMEZONE for zone " + zone.getId());
      }
      // the registry resolves links (Europe/Copenhagen is a link to Europe/Berlin): name the
      // definition by the id the events' TZID parameters use, as RFC 5545 requires
      VTimeZone definition = (VTimeZone) timeZone.getVTimeZone().copy();
      definition.replace(new TzId(zone.getId()));
      calendar.add(definition);
    }
    for (CalendarEntry entry : entries) {
      calendar.add(event(entry));
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static VEvent event(CalendarEntry entry) {
    VEvent event = new VEvent(false);
    event.add(new Uid(entry.uid()));
    event.add(new DtStamp(entry.stamp()));
    event.add(new DtStart<>(entry.start().atZone(entry.zone())));
    event.add(new DtEnd<>(entry.end().atZone(entry.zone())));
    event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, entry.sequence())));
    event.add(new Summary(entry.summary()));
    if (entry.location() != null) {
      event.add(new Location(entry.location()));
    }
    event.add(
        entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    return event;
  }
}
