package dk.borgerdialog.notification.model;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.reminder.model.ContactPreferences;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The citizen a notice goes to, with their contact preferences, in one read (a secondary port): the
 * {@link Notifier} needs both for every notice, the citizen's language for the in-app text and the
 * preferences for the channels beyond in-app.
 */
@FunctionalInterface
public interface NoticeRecipients {

  /**
   * A citizen with their contact preferences.
   *
   * @param citizen the citizen
   * @return the recipient, or empty if the citizen does not exist
   */
  Optional<Recipient> byId(CitizenId citizen);

  /**
   * A citizen with their contact preferences.
   *
   * @param citizen the citizen
   * @param preferences their preferences, or null if they have stated none
   */
  record Recipient(Citizen citizen, @Nullable ContactPreferences preferences) {

    /** Validates the recipient. */
    public Recipient {
      Check.notNull("citizen", citizen);
      Check.that(
          preferences == null || preferences.citizen().equals(citizen.id()),
          "preferences",
          "must be the citizen's");
    }

    /**
     * The preferences the citizen stated, or the defaults.
     *
     * @return the preferences
     */
    public ContactPreferences preferencesOrDefaults() {
      return preferences != null ? preferences : ContactPreferences.defaults(citizen.id());
    }
  }
}
