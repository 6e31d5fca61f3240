package dk.borgerdialog.plan.model;

import dk.borgerdialog.common.internal.Check;
import java.net.URI;
import java.util.Locale;

/** Where an appointment takes place: in person at an address, by phone, or by video. */
public sealed interface AppointmentMode {

  /** The longest address accepted. */
  int MAX_ADDRESS_LENGTH = 300;

  /**
   * In person.
   *
   * @param address the address, such as "Nørrebrogade 10, 2200 København N"
   * @return the mode
   */
  static AppointmentMode inPerson(String address) {
    return new InPerson(address);
  }

  /**
   * By phone. Staff call the citizen on the number they have.
   *
   * @return the mode
   */
  static AppointmentMode phone() {
    return new Phone();
  }

  /**
   * By video.
   *
   * @param link the https link to join
   * @return the mode
   */
  static AppointmentMode video(String link) {
    return new Video(link);
  }

  /**
   * The mode's kind as a stable code: {@code in_person}, {@code phone} or {@code video}.
   *
   * @return the code
   */
  String code();

  /**
   * In person at an address.
   *
   * @param address the address
   */
  record InPerson(String address) implements AppointmentMode {
    /** Validates the address. */
    public InPerson {
      address = Check.text("mode.address", address, MAX_ADDRESS_LENGTH);
    }

    @Override
    public String code() {
      return "in_person";
    }
  }

  /** By phone. */
  record Phone() implements AppointmentMode {
    @Override
    public String code() {
      return "phone";
    }
  }

  /**
   * By video.
   *
   * @param link the https link to join
   */
  record Video(String link) implements AppointmentMode {
    /** Validates the link. */
    public Video {
      link = Check.text("mode.link", link, MAX_ADDRESS_LENGTH);
      URI uri;
      try {
        uri = URI.create(link);
      } catch (IllegalArgumentException e) {
        throw new dk.borgerdialog.common.InvalidInputException("mode.link", "must be a URL");
      }
      Check.that(
          uri.getScheme() != null
              && uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
              && uri.getHost() != null,
          "mode.link",
          "must be an https URL");
    }

    @Override
    public String code() {
      return "video";
    }
  }
}
