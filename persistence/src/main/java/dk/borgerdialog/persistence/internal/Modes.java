package dk.borgerdialog.persistence.internal;

import dk.borgerdialog.plan.model.AppointmentMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Stores an {@link AppointmentMode} in three columns: its code, an address and a link. */
final class Modes {
  private Modes() {}

  static @Nullable String address(AppointmentMode mode) {
    return mode instanceof AppointmentMode.InPerson p ? p.address() : null;
  }

  static @Nullable String link(AppointmentMode mode) {
    return mode instanceof AppointmentMode.Video v ? v.link() : null;
  }

  static AppointmentMode mode(String code, @Nullable String address, @Nullable String link) {
    switch (code) {
      case "in_person":
        return AppointmentMode.inPerson(Objects.requireNonNull(address, "mode_address"));
      case "phone":
        return AppointmentMode.phone();
      case "video":
        return AppointmentMode.video(Objects.requireNonNull(link, "mode_link"));
      default:
        throw new IllegalStateException("unknown appointment mode in the database: " + code);
    }
  }
}
