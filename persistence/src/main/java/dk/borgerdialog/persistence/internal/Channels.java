package dk.borgerdialog.persistence.internal;

import dk.borgerdialog.notification.model.ChannelKind;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Stores channel kinds as their names separated by commas, in a given order. */
final class Channels {
  private Channels() {}

  static String join(Collection<ChannelKind> channels) {
    return channels.stream().map(ChannelKind::name).collect(Collectors.joining(","));
  }

  static List<ChannelKind> split(String joined) {
    return joined.isEmpty()
        ? List.of()
        : Arrays.stream(joined.split(",")).map(ChannelKind::valueOf).toList();
  }
}
