package dk.borgerdialog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.notification.model.ChannelKind;
import dk.borgerdialog.notification.model.NoticeRecipients;
import dk.borgerdialog.reminder.model.ContactPreferences;
import dk.borgerdialog.reminder.model.QuietHours;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JooqNoticeRecipientsIT {

  @Nested
  class OnH2 extends Contract {
    OnH2() {
      super(Database.H2);
    }
  }

  @Nested
  class OnPostgres extends Contract {
    OnPostgres() {
      super(Database.POSTGRES);
    }
  }

  abstract static class Contract extends DatabaseContract {

    Contract(Database database) {
      super(database);
    }

    NoticeRecipients recipients() {
      return persistence.noticeRecipients();
    }

    @Test
    void an_unknown_citizen_is_no_recipient() {
      fixture.citizen();

      assertThat(recipients().byId(CitizenId.random())).isEmpty();
    }

    @Test
    void a_citizen_who_stated_no_preferences_comes_with_none_and_the_defaults_apply() {
      Citizen english = fixture.englishCitizen();

      NoticeRecipients.Recipient read = recipients().byId(english.id()).orElseThrow();

      assertThat(read.citizen()).isEqualTo(english);
      assertThat(read.preferences()).isNull();
      assertThat(read.preferencesOrDefaults()).isEqualTo(ContactPreferences.defaults(english.id()));
    }

    @Test
    void a_citizen_comes_with_their_own_preferences_not_another_citizens() {
      Citizen karen = fixture.citizen();
      Citizen other = fixture.englishCitizen();
      ContactPreferences karens =
          persistence
              .contactPreferences()
              .save(
                  new ContactPreferences(
                      karen.id(),
                      List.of(ChannelKind.SMS, ChannelKind.IN_APP),
                      null,
                      "+4512345678",
                      new QuietHours(LocalTime.of(21, 30), LocalTime.of(7, 45)),
                      Set.of(ChannelKind.EMAIL),
                      0));
      ContactPreferences others =
          persistence.contactPreferences().save(ContactPreferences.defaults(other.id()));

      NoticeRecipients.Recipient read = recipients().byId(karen.id()).orElseThrow();

      assertThat(read.citizen()).isEqualTo(karen);
      assertThat(read.preferences()).isEqualTo(karens);
      assertThat(read.preferencesOrDefaults()).isEqualTo(karens);
      assertThat(recipients().byId(other.id()).orElseThrow().preferences()).isEqualTo(others);
    }
  }
}
