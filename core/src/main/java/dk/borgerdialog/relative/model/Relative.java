package dk.borgerdialog.relative.model;

import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.notification.model.ChannelKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A relative (pårørende) or proxy: a person with their own identity in the host's system, who may
 * act for one or more citizens through grants.
 *
 * <p>The relative's contact details are their own: reminders they receive for a citizen go to the
 * relative's channels, never the citizen's.
 *
 * @param id the id
 * @param ref the host's id of the person
 * @param name the name, shown to the citizen and to staff
 * @param language the language of texts sent to the relative
 * @param channels the relative's channels in order of preference; in-app is not offered, as a
 *     relative has no inbox of their own; empty for none
 * @param email the e-mail address, required if {@link ChannelKind#EMAIL} is a channel
 * @param phone the phone number in E.164 form, required if {@link ChannelKind#SMS} is a channel
 * @param version the optimistic version
 */
public record Relative(
    RelativeId id,
    ExternalRef ref,
    String name,
    Language language,
    List<ChannelKind> channels,
    @Nullable String email,
    @Nullable String phone,
    long version) {
  /** The longest name accepted. */
  public static final int MAX_NAME_LENGTH = 200;

  /**
   * Validates the relative.
   *
   * @throws InvalidInputException naming the field that is wrong
   */
  public Relative {
    Check.notNull("id", id);
    Check.notNull("ref", ref);
    name = Check.text("name", name, MAX_NAME_LENGTH);
    Check.notNull("language", language);
    channels = Check.list("channels", channels);
    Check.that(channels.stream().distinct().count() == channels.size(), "channels", "repeats");
    for (ChannelKind channel : channels) {
      Check.that(
          channel == ChannelKind.EMAIL || channel == ChannelKind.SMS,
          "channels",
          "a relative is reached by EMAIL or SMS only");
    }
    email = email == null ? null : Check.email("email", email);
    phone = phone == null ? null : Check.phone("phone", phone);
    Check.that(!channels.contains(ChannelKind.EMAIL) || email != null, "email", "is required");
    Check.that(!channels.contains(ChannelKind.SMS) || phone != null, "phone", "is required");
  }

  /**
   * A new relative without channels.
   *
   * @param ref the host's id of the person
   * @param name the name
   * @return the relative
   */
  public static Relative create(ExternalRef ref, String name) {
    return new Relative(RelativeId.random(), ref, name, Language.DA, List.of(), null, null, 0);
  }

  /**
   * This relative with other contact details.
   *
   * @param language the language
   * @param channels the channels in order
   * @param email the e-mail address or null
   * @param phone the phone number or null
   * @return the changed relative
   */
  public Relative withContact(
      Language language,
      List<ChannelKind> channels,
      @Nullable String email,
      @Nullable String phone) {
    return new Relative(id, ref, name, language, channels, email, phone, version);
  }

  @Override
  public String toString() {
    return "Relative[id=" + id + "]";
  }
}
