package dk.borgerdialog.reminder.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.Notification;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a citizen wants to be reached: channels in order of preference, their addresses, quiet hours,
 * and channels they opted out of. In-app always works; the others need an address.
 *
 * @param citizen the citizen
 * @param channels the channels to try, first choice first (without {@code WEBHOOK}, which is the
 *     host's, not the citizen's)
 * @param email the e-mail address, or null
 * @param phone the mobile number in E.164 form (+4512345678), or null
 * @param quietHours the quiet hours
 * @param optedOut channels the citizen never wants reminders on
 * @param version the optimistic version
 */
public record ContactPreferences(
    CitizenId citizen,
    List<ChannelKind> channels,
    @Nullable String email,
    @Nullable String phone,
    QuietHours quietHours,
    Set<ChannelKind> optedOut,
    long version) {

  /** Validates the preferences. */
  public ContactPreferences {
    Check.notNull("citizen", citizen);
    Check.list("channels", channels);
    Check.that(!channels.isEmpty(), "channels", "must name at least one channel");
    Check.that(
        channels.stream().distinct().count() == channels.size(), "channels", "must be distinct");
    Check.that(!channels.contains(ChannelKind.WEBHOOK), "channels", "must not contain WEBHOOK");
    channels = List.copyOf(channels);
    // the same rules as a Notification's address, so that every stored address can be sent to
    if (Check.optionalText("email", email, Notification.MAX_EMAIL_LENGTH) == null) {
      email = null;
    } else {
      email = Check.email("email", email);
    }
    if (Check.optionalText("phone", phone, 16) == null) {
      phone = null;
    } else {
      phone = Check.phone("phone", phone);
    }
    Check.notNull("quietHours", quietHours);
    Check.notNull("optedOut", optedOut);
    Check.that(
        optedOut.stream().noneMatch(java.util.Objects::isNull),
        "optedOut",
        "must not contain null");
    optedOut = Set.copyOf(optedOut);
  }

  /**
   * The defaults of a citizen who has stated nothing: in-app only, quiet 21:00–08:00.
   *
   * @param citizen the citizen
   * @return the preferences
   */
  public static ContactPreferences defaults(CitizenId citizen) {
    return new ContactPreferences(
        citizen, List.of(ChannelKind.IN_APP), null, null, QuietHours.DEFAULT, Set.of(), 0);
  }

  /**
   * The channels a reminder can actually go out on, in order: chosen, not opted out of, and with an
   * address.
   *
   * @return the usable channels
   */
  public List<ChannelKind> usableChannels() {
    return channels.stream()
        .filter(c -> !optedOut.contains(c))
        .filter(c -> address(c) != null)
        .toList();
  }

  /**
   * The address for a channel.
   *
   * @param channel the channel
   * @return the e-mail address, phone number or citizen id, or null if there is none
   */
  public @Nullable String address(ChannelKind channel) {
    return switch (channel) {
      case IN_APP -> citizen.toString();
      case EMAIL -> email;
      case SMS -> phone;
      case WEBHOOK -> null;
    };
  }

  /** Shows the channels only: addresses are personal data. */
  @Override
  public String toString() {
    return "ContactPreferences[citizen=" + citizen + ", channels=" + channels + "]";
  }
}
