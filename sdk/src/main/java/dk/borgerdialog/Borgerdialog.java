package dk.borgerdialog;

import dk.borgerdialog.access.Actor;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.event.model.EventListener;
import dk.borgerdialog.internal.EmbeddedH2;
import dk.borgerdialog.internal.InternalModule;
import dk.borgerdialog.internal.Lifecycle;
import dk.borgerdialog.internal.SessionFactory;
import dk.borgerdialog.internal.Settings;
import dk.borgerdialog.messaging.event.WebhookEventListener;
import dk.borgerdialog.messaging.template.TemplateReminderTexts;
import dk.borgerdialog.messaging.webhook.WebhookConfig;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.NotificationChannel;
import dk.borgerdialog.reminder.model.ReminderTexts;
import dk.borgerdialog.retention.model.RetentionKind;
import dk.borgerdialog.retention.model.RetentionPolicy;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Borgerdialog, started: the one entry point of the SDK.
 *
 * <p>Start it once per application with {@link #builder()}, and close it when the application
 * stops. Every call is made as an {@link Actor} that the host has authenticated:
 *
 * <pre>{@code
 * try (Borgerdialog dialog = Borgerdialog.builder().dataSource(dataSource).start()) {
 *   CitizenOverview overview =
 *       dialog.as(Actor.citizen(citizenId, AssuranceLevel.SUBSTANTIAL)).plan().overview(citizenId);
 * }
 * }</pre>
 *
 * <p>An instance is thread-safe. It holds no web framework, DI container or database vendor types
 * in its API: only the domain types of {@code borgerdialog-core}.
 */
public final class Borgerdialog implements AutoCloseable {
  private final SessionFactory sessions;
  private final Clock clock;
  private final Lifecycle resources;

  @Inject
  Borgerdialog(SessionFactory sessions, Clock clock, Lifecycle resources) {
    this.sessions = sessions;
    this.clock = clock;
    this.resources = resources;
  }

  /**
   * A new builder with the defaults: an in-memory H2 database, the system clock, and
   * Europe/Copenhagen as the zone of citizens who state none.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The operations an authenticated actor may call. What the actor may actually do is decided per
   * call by the access policy; a refusal is an {@link dk.borgerdialog.common.AccessDeniedException}
   * and is audited.
   *
   * @param actor the actor, as authenticated by the host
   * @return the operations, bound to the actor
   * @throws dk.borgerdialog.common.InvalidInputException if the actor is null
   * @throws IllegalStateException if this instance has been closed
   */
  public Session as(Actor actor) {
    if (resources.isClosed()) {
      throw new IllegalStateException("Borgerdialog has been closed");
    }
    return sessions.sessionFor(Check.notNull("actor", actor));
  }

  /**
   * The set-up operations, acting as the system actor {@code "setup"}.
   *
   * @return the set-up operations
   */
  public SetupOperations setup() {
    return as(Actor.system("setup")).setup();
  }

  /**
   * The clock Borgerdialog reads the time from.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Stops Borgerdialog and releases what it created itself, such as the embedded H2 database. A
   * data source the host passed in is left open. Closing twice does nothing more.
   */
  @Override
  public void close() {
    resources.close();
  }

  /**
   * Configures and starts {@link Borgerdialog}. Every setter checks its argument at once.
   *
   * <p>A builder is not thread-safe; {@link #start()} may be called more than once to start
   * independent instances.
   */
  public static final class Builder {
    /** The zone of citizens who state none: Europe/Copenhagen. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Copenhagen");

    /** The clock unless one is given: the system clock in UTC. */
    public static final Clock DEFAULT_CLOCK = Clock.systemUTC();

    /** How often this node looks for due reminders: every 5 seconds. */
    public static final Duration DEFAULT_REMINDER_POLLING = Duration.ofSeconds(5);

    /**
     * The link reminders point to unless the host gives its own: the national citizen portal. Hosts
     * set the page of their own portal with {@link #appLink(URI)}.
     */
    public static final URI DEFAULT_APP_LINK = URI.create("https://www.borger.dk");

    /** How long message threads are kept after their last message and their course closed. */
    public static final Period DEFAULT_MESSAGE_RETENTION = RetentionKind.MESSAGES.defaultPeriod();

    /** How long in-app notifications and notice deliveries are kept: 6 months. */
    public static final Period DEFAULT_NOTIFICATION_RETENTION =
        RetentionKind.NOTIFICATIONS.defaultPeriod();

    /** How long signups for an occurrence are kept after it: 1 year. */
    public static final Period DEFAULT_SIGNUP_RETENTION = RetentionKind.SIGNUPS.defaultPeriod();

    /** How long a revoked calendar feed is kept: 30 days. */
    public static final Period DEFAULT_CALENDAR_FEED_RETENTION =
        RetentionKind.CALENDAR_FEEDS.defaultPeriod();

    /** How long a closed course, with its appointments, is kept after it closed: 5 years. */
    public static final Period DEFAULT_CLOSED_COURSE_RETENTION =
        RetentionKind.CLOSED_COURSES.defaultPeriod();

    /** How long audit records are kept: 2 years. */
    public static final Period DEFAULT_AUDIT_RETENTION = RetentionKind.AUDIT.defaultPeriod();

    /** How many items the retention purge removes per transaction: 500. */
    public static final int DEFAULT_RETENTION_BATCH_SIZE = RetentionPolicy.DEFAULT_BATCH_SIZE;

    /** How long after one retention purge ends the next runs: 24 hours. */
    public static final Duration DEFAULT_RETENTION_PURGE_INTERVAL = Duration.ofHours(24);

    private @Nullable DataSource dataSource;
    private @Nullable Path h2Directory;
    private Clock clock = DEFAULT_CLOCK;
    private ZoneId zone = DEFAULT_ZONE;
    private final List<NotificationChannel> channels = new ArrayList<>();
    private URI appLink = DEFAULT_APP_LINK;
    private @Nullable ReminderTexts reminderTexts;
    private boolean dispatchReminders = true;
    private Duration reminderPolling = DEFAULT_REMINDER_POLLING;
    private final List<EventListener> eventListeners = new ArrayList<>();
    private final List<EventWebhook> eventWebhooks = new ArrayList<>();
    private RetentionPolicy retention = RetentionPolicy.standard();
    private @Nullable Duration retentionPurgeInterval = DEFAULT_RETENTION_PURGE_INTERVAL;

    private Builder() {}

    /**
     * Uses the host's database, H2 or PostgreSQL. Borgerdialog keeps its tables in the schema
     * {@code borgerdialog}, with its own Flyway history table, so it can share the host's database.
     * Pass a pooled data source in production.
     *
     * @param dataSource the data source
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = requireArgument(dataSource, "dataSource");
      this.h2Directory = null;
      return this;
    }

    /**
     * Uses an embedded H2 database in files under a directory, kept between runs.
     *
     * @param directory the directory; created if missing
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder embeddedH2(Path directory) {
      this.h2Directory = requireArgument(directory, "directory");
      this.dataSource = null;
      return this;
    }

    /**
     * Uses a fresh in-memory H2 database that disappears on {@link Borgerdialog#close()}. This is
     * the default.
     *
     * @return this builder
     */
    public Builder inMemoryH2() {
      this.dataSource = null;
      this.h2Directory = null;
      return this;
    }

    /**
     * The clock to read the time from. Tests pass a settable clock.
     *
     * @param clock the clock
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder clock(Clock clock) {
      this.clock = requireArgument(clock, "clock");
      return this;
    }

    /**
     * The zone of citizens who state none; deadlines and reminders are evaluated in the citizen's
     * zone.
     *
     * @param zone the zone
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder zone(ZoneId zone) {
      this.zone = requireArgument(zone, "zone");
      return this;
    }

    /**
     * Adds a channel reminders go out on to citizens: e-mail or SMS, from {@code
     * borgerdialog-messaging} or the host's own. In-app is always there. The host's own systems
     * hear of reminders through {@link #eventListener} or {@link #eventWebhook} instead.
     *
     * @param channel the channel
     * @return this builder
     * @throws IllegalArgumentException if it is null, in-app, a webhook, or a second channel of its
     *     kind
     */
    public Builder channel(NotificationChannel channel) {
      requireArgument(channel, "channel");
      if (channel.kind() == ChannelKind.IN_APP) {
        throw new IllegalArgumentException("the in-app channel is built in");
      }
      if (channel.kind() == ChannelKind.WEBHOOK) {
        throw new IllegalArgumentException(
            "citizens are not reached by webhook; use eventWebhook(...) to tell the host's systems");
      }
      if (channels.stream().anyMatch(c -> c.kind() == channel.kind())) {
        throw new IllegalArgumentException(
            "a channel of kind " + channel.kind() + " is already set");
      }
      channels.add(channel);
      return this;
    }

    /**
     * The https link reminders point to, where the citizen sees the details: the host's portal.
     *
     * @param link the link, at most 80 ASCII characters
     * @return this builder
     * @throws IllegalArgumentException if it is null or not https
     */
    public Builder appLink(URI link) {
      requireArgument(link, "appLink");
      if (!"https".equalsIgnoreCase(link.getScheme())) {
        throw new IllegalArgumentException("appLink must be an https URL");
      }
      this.appLink = link;
      return this;
    }

    /**
     * Replaces the reminder texts of {@code borgerdialog-messaging}. They must stay neutral: no
     * service name, CPR number or health detail.
     *
     * @param texts the texts
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder reminderTexts(ReminderTexts texts) {
      this.reminderTexts = requireArgument(texts, "reminderTexts");
      return this;
    }

    /**
     * Whether this node delivers due reminders (default true). Several nodes may deliver on one
     * PostgreSQL database; each reminder goes to one of them. A node that only serves requests can
     * leave it to the others.
     *
     * @param dispatch whether to deliver
     * @return this builder
     */
    public Builder dispatchReminders(boolean dispatch) {
      this.dispatchReminders = dispatch;
      return this;
    }

    /**
     * How often this node looks for due reminders.
     *
     * @param interval the interval, 100 ms to 1 hour
     * @return this builder
     * @throws IllegalArgumentException if it is out of range
     */
    public Builder reminderPolling(Duration interval) {
      requireArgument(interval, "reminderPolling");
      if (interval.compareTo(Duration.ofMillis(100)) < 0
          || interval.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("reminderPolling must be 100 ms to 1 hour");
      }
      this.reminderPolling = interval;
      return this;
    }

    /**
     * Adds a listener for the committed domain events (appointment booked, moved, cancelled,
     * attended, no-show; reminder sent, undelivered); may be called more than once.
     *
     * <p>Events are delivered after their use case committed (never for one that rolled back), at
     * least once, in the order they were recorded, one at a time from a background thread of a node
     * that {@linkplain #dispatchReminders dispatches}; listeners are called in the order added. A
     * listener that throws gets the same event again at the next run (about every second), and no
     * later event is delivered before it. See {@code docs/EVENTS.md}.
     *
     * @param listener the listener
     * @return this builder
     * @throws IllegalArgumentException if listener is null
     */
    public Builder eventListener(EventListener listener) {
      eventListeners.add(requireArgument(listener, "listener"));
      return this;
    }

    /**
     * Adds a listener that posts each event as JSON to a URL, signed with HMAC-SHA256 like the
     * webhook channel; a receiver checks it with {@code WebhookNotificationChannel.verify}. Any
     * answer but 2xx makes the event be posted again later. See {@code docs/EVENTS.md}.
     *
     * @param url where to post the events (http or https)
     * @param secret the secret shared with the receiver, at least 32 bytes in UTF-8
     * @return this builder
     * @throws IllegalArgumentException if an argument is null, the URL is not http(s) or the secret
     *     is too short
     */
    public Builder eventWebhook(URI url, String secret) {
      requireArgument(url, "url");
      if (!"https".equalsIgnoreCase(url.getScheme()) && !"http".equalsIgnoreCase(url.getScheme())) {
        throw new IllegalArgumentException("the event webhook url must be an http or https URL");
      }
      WebhookConfig config = WebhookConfig.builder(requireArgument(secret, "secret")).build();
      eventWebhooks.add(new EventWebhook(url, config));
      return this;
    }

    /**
     * How long one kind of data is kept before the retention purge removes it; see {@code
     * DEFAULT_*_RETENTION} for the defaults and docs/SECURITY.md for what each kind covers and what
     * its period is measured from. Years and months are counted in the {@link #zone}.
     *
     * @param kind the kind
     * @param period at least one day, at most 100 years
     * @return this builder
     * @throws IllegalArgumentException if an argument is null or the period out of range
     */
    public Builder retention(RetentionKind kind, Period period) {
      requireArgument(kind, "kind");
      requireArgument(period, "period");
      if (!RetentionPolicy.isValid(period)) {
        throw new IllegalArgumentException(
            "the retention of " + kind + " must be one day to 100 years, but is " + period);
      }
      this.retention = retention.with(kind, period);
      return this;
    }

    /**
     * Keeps one kind of data for ever: the retention purge leaves it alone.
     *
     * @param kind the kind
     * @return this builder
     * @throws IllegalArgumentException if it is null
     */
    public Builder keepForever(RetentionKind kind) {
      this.retention = retention.keepingForever(requireArgument(kind, "kind"));
      return this;
    }

    /**
     * How many items the retention purge removes per transaction (default {@link
     * #DEFAULT_RETENTION_BATCH_SIZE}), so that a long purge never holds its locks for long.
     *
     * @param size 1 to 10,000
     * @return this builder
     * @throws IllegalArgumentException if it is out of range
     */
    public Builder retentionBatchSize(int size) {
      if (size < 1 || size > RetentionPolicy.MAX_BATCH_SIZE) {
        throw new IllegalArgumentException(
            "retentionBatchSize must be 1 to "
                + RetentionPolicy.MAX_BATCH_SIZE
                + ", but is "
                + size);
      }
      this.retention = retention.withBatchSize(size);
      return this;
    }

    /**
     * How long after one run of the scheduled retention purge ends the next is due (default {@link
     * #DEFAULT_RETENTION_PURGE_INTERVAL}), by the {@link #clock}. The purge runs on one node of
     * those that {@linkplain #dispatchReminders dispatch} at a time, first when the first of them
     * starts.
     *
     * @param interval one minute to 30 days
     * @return this builder
     * @throws IllegalArgumentException if it is out of range
     */
    public Builder retentionPurgeInterval(Duration interval) {
      requireArgument(interval, "retentionPurgeInterval");
      if (interval.compareTo(Duration.ofMinutes(1)) < 0
          || interval.compareTo(Duration.ofDays(30)) > 0) {
        throw new IllegalArgumentException("retentionPurgeInterval must be 1 minute to 30 days");
      }
      this.retentionPurgeInterval = interval;
      return this;
    }

    /**
     * Runs no scheduled retention purge on this node: the host purges itself with {@code
     * personalData().purgeExpired()} as the system, or another node does.
     *
     * @return this builder
     */
    public Builder noScheduledRetentionPurge() {
      this.retentionPurgeInterval = null;
      return this;
    }

    /**
     * Migrates the database and starts Borgerdialog.
     *
     * @return the started instance; close it when done
     * @throws dk.borgerdialog.common.UnableToAccessDatabaseException if the database cannot be
     *     reached or migrated
     * @throws IllegalArgumentException if the data source is neither H2 nor PostgreSQL
     * @throws IllegalStateException if event listeners are given to a node that does not dispatch
     *     reminders (events are relayed by the dispatching nodes)
     */
    public Borgerdialog start() {
      if (!dispatchReminders && (!eventListeners.isEmpty() || !eventWebhooks.isEmpty())) {
        throw new IllegalStateException(
            "events are relayed by nodes that dispatch reminders: register listeners on those");
      }
      ReminderTexts texts =
          reminderTexts != null ? reminderTexts : TemplateReminderTexts.create(clock, appLink);
      List<EventListener> listeners = new ArrayList<>(eventListeners);
      for (EventWebhook webhook : eventWebhooks) {
        listeners.add(WebhookEventListener.create(webhook.url(), webhook.config(), clock));
      }
      Settings settings =
          new Settings(
              clock,
              zone,
              List.copyOf(channels),
              texts,
              dispatchReminders,
              reminderPolling,
              List.copyOf(listeners),
              retention,
              retentionPurgeInterval);
      if (dataSource != null) {
        return InternalModule.start(dataSource, settings, null);
      }
      EmbeddedH2 owned =
          h2Directory != null ? EmbeddedH2.inDirectory(h2Directory) : EmbeddedH2.inMemory();
      return InternalModule.start(owned.dataSource(), settings, owned);
    }

    private record EventWebhook(URI url, WebhookConfig config) {}

    private static <T> T requireArgument(@Nullable T value, String name) {
      if (value == null) {
        throw new IllegalArgumentException(name + " must not be null");
      }
      return Objects.requireNonNull(value);
    }
  }
}
