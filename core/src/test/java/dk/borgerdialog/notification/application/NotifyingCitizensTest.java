package dk.borgerdialog.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.borgerdialog.citizen.model.Citizen;
import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.Language;
import dk.borgerdialog.common.SettableClock;
import dk.borgerdialog.notification.model.InAppNotification;
import dk.borgerdialog.notification.model.Notice;
import dk.borgerdialog.notification.model.NoticeKind;
import dk.borgerdialog.notification.model.NoticeTexts;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.testfixtures.CitizenFixture;
import dk.borgerdialog.testfixtures.InMemoryCitizens;
import dk.borgerdialog.testfixtures.InMemoryInAppNotifications;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotifyingCitizensTest {
  private final SettableClock clock = SettableClock.at(Instant.parse("2026-03-28T17:00:00Z"));
  private final InMemoryCitizens citizens = new InMemoryCitizens();
  private final InMemoryInAppNotifications inApp = new InMemoryInAppNotifications();
  private final NotifyingCitizens notifier = new NotifyingCitizens(inApp, citizens, clock);
  private final Citizen karen = CitizenFixture.karenHolm(MunicipalityId.random());

  @Test
  void writesOneNeutralInAppNoticeInTheCitizensLanguage() {
    citizens.add(karen);

    notifier.notify(new Notice("message-42", karen.id(), NoticeKind.NEW_MESSAGE));
    notifier.notify(new Notice("message-42", karen.id(), NoticeKind.NEW_MESSAGE));

    List<InAppNotification> notices = inApp.of(karen.id(), 10);
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).subject()).isEqualTo("Du har en ny besked");
    assertThat(notices.get(0).body()).isEqualTo("Du har en ny besked. Log ind for at se mere.");
    assertThat(notices.get(0).createdAt()).isEqualTo(clock.instant());
    assertThat(inApp.unread(karen.id())).isEqualTo(1);
  }

  @Test
  void differentKindsWithTheSameKeyAreDifferentNotices() {
    citizens.add(karen);

    notifier.notify(new Notice("42", karen.id(), NoticeKind.NEW_MESSAGE));
    notifier.notify(new Notice("42", karen.id(), NoticeKind.CONTACT_CHANGED));

    assertThat(inApp.of(karen.id(), 10)).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(NoticeKind.class)
  void everyKindHasADanishAndAnEnglishText(NoticeKind kind) {
    assertThat(NoticeTexts.subject(kind, Language.DA))
        .isNotBlank()
        .isNotEqualTo(NoticeTexts.subject(kind, Language.EN));
    assertThat(NoticeTexts.body(kind, Language.EN))
        .startsWith(NoticeTexts.subject(kind, Language.EN));
  }

  @Test
  void aKeyWithSpacesIsRefused() {
    assertThatThrownBy(() -> new Notice("two words", karen.id(), NoticeKind.NEW_MESSAGE))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("key"));
  }
}
