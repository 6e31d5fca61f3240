package dk.borgerdialog.notification.model;

import dk.borgerdialog.common.Language;

/**
 * The neutral subject and body of each {@link NoticeKind}, in Danish and English.
 *
 * <p>The texts say only that something is waiting behind the citizen's sign-in. They never name a
 * person, a place, a diagnosis or a message's content, so they are safe on a lock screen.
 */
public final class NoticeTexts {
  private NoticeTexts() {}

  /**
   * The subject of a notice.
   *
   * @param kind the kind
   * @param language the citizen's language
   * @return the single-line subject
   */
  public static String subject(NoticeKind kind, Language language) {
    boolean da = language == Language.DA;
    return switch (kind) {
      case NEW_MESSAGE -> da ? "Du har en ny besked" : "You have a new message";
      case CONTACT_CHANGED -> da ? "Dine kontakter er ændret" : "Your contacts have changed";
      case WAITING_LIST_PROMOTED -> da ? "Du har fået en plads" : "You have been given a place";
      case ACTIVITY_SUGGESTED ->
          da ? "Du har fået et forslag til en aktivitet" : "An activity has been suggested to you";
      case MATERIAL_RELEASED ->
          da ? "Der er nyt materiale til dig" : "There is new material for you";
    };
  }

  /**
   * The body of a notice: the subject and where to read more.
   *
   * @param kind the kind
   * @param language the citizen's language
   * @return the body
   */
  public static String body(NoticeKind kind, Language language) {
    return subject(kind, language)
        + (language == Language.DA ? ". Log ind for at se mere." : ". Sign in to see more.");
  }
}
