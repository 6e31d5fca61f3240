package dk.borgerdialog.network.model;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.internal.Check;
import java.net.URI;
import java.util.Locale;

/** Where an activity happens: an address in a district, or online. */
public sealed interface Place {

  /**
   * An address in a district.
   *
   * @param address the street address, such as "Frederiksberg Allé 20, 1820 Frederiksberg C"
   * @param district the district citizens search by, such as "Frederiksberg C"
   * @return the place
   */
  static Place at(String address, String district) {
    return new Address(address, district);
  }

  /**
   * Online, at a link.
   *
   * @param link an https URL
   * @return the place
   */
  static Place online(String link) {
    return new Online(link);
  }

  /**
   * A physical place.
   *
   * @param address the street address
   * @param district the district
   */
  record Address(String address, String district) implements Place {
    /** Validates the place. */
    public Address {
      address = Check.text("place.address", address, 300);
      district = Check.text("place.district", district, 100);
    }
  }

  /**
   * Online.
   *
   * @param link an https URL
   */
  record Online(String link) implements Place {
    /** Validates the place. */
    public Online {
      link = Check.text("place.link", link, 300);
      URI uri;
      try {
        uri = URI.create(link);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("place.link", "must be a URL");
      }
      Check.that(
          "https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
              && uri.getHost() != null,
          "place.link",
          "must be an https URL");
    }
  }
}
