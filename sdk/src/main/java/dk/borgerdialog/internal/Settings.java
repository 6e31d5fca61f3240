package dk.borgerdialog.internal;

import dk.borgerdialog.event.model.EventListener;
import dk.borgerdialog.notification.model.NotificationChannel;
import dk.borgerdialog.reminder.model.ReminderTexts;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * What the builder collected, handed to the wiring.
 *
 * @param clock the clock
 * @param zone the zone of citizens who state none
 * @param channels the host's channels (in-app is added by the wiring)
 * @param texts the reminder texts
 * @param dispatchReminders whether this node delivers due reminders
 * @param reminderPolling how often it looks for due reminders
 * @param eventListeners the host's event listeners, in order; the relay runs only if there is one
 * @param retention how long each kind of data is kept, and the purge's batch size
 * @param retentionPurgeInterval how long between two runs of the scheduled purge, or null for none
 */
public record Settings(
    Clock clock,
    ZoneId zone,
    List<NotificationChannel> channels,
    ReminderTexts texts,
    boolean dispatchReminders,
    Duration reminderPolling,
    List<EventListener> eventListeners,
    dk.borgerdialog.retention.model.RetentionPolicy retention,
    java.time.@org.jspecify.annotations.Nullable Duration retentionPurgeInterval) {}
