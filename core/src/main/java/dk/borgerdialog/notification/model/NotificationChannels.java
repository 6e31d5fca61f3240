package dk.borgerdialog.notification.model;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The channels a host has configured, one per kind. In-app is always there. */
public final class NotificationChannels {
  private final Map<ChannelKind, NotificationChannel> byKind;

  private NotificationChannels(Map<ChannelKind, NotificationChannel> byKind) {
    this.byKind = byKind;
  }

  /**
   * The channels, one per kind.
   *
   * @param channels the channels
   * @return the registry
   * @throws IllegalArgumentException if two channels are of the same kind
   */
  public static NotificationChannels of(Collection<NotificationChannel> channels) {
    Map<ChannelKind, NotificationChannel> byKind = new EnumMap<>(ChannelKind.class);
    for (NotificationChannel channel : channels) {
      if (byKind.put(channel.kind(), channel) != null) {
        throw new IllegalArgumentException("two channels of kind " + channel.kind());
      }
    }
    return new NotificationChannels(byKind);
  }

  /**
   * The channel of a kind.
   *
   * @param kind the kind
   * @return the channel, or empty if the host configured none
   */
  public Optional<NotificationChannel> get(ChannelKind kind) {
    return Optional.ofNullable(byKind.get(kind));
  }
}
