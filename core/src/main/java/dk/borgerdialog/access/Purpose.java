package dk.borgerdialog.access;

import dk.borgerdialog.common.Language;
import java.util.EnumSet;
import java.util.Set;

/**
 * Why personal data was read or changed, in plain language for the citizen's access log.
 *
 * <p>The purpose follows from who acted and what they did ({@link #of}), so that every audit record
 * has one without each use case naming it.
 */
public enum Purpose {
  /** Staff planning and delivering the citizen's care and support. */
  CARE("Planlægning og udførelse af din indsats", "Planning and delivering your care and support"),
  /** The citizen using the service. */
  SELF_SERVICE("Du brugte selv Min Dialog", "You used the service yourself"),
  /** A relative or proxy acting for the citizen. */
  ON_YOUR_BEHALF(
      "En pårørende eller fuldmægtig handlede på dine vegne",
      "A relative or proxy acted on your behalf"),
  /** The municipality's systems keeping the records up to date. */
  ADMINISTRATION(
      "Kommunens systemer ajourførte dine oplysninger",
      "The municipality's systems kept your records up to date"),
  /** Access, portability, erasure and the access log under the data protection rules. */
  DATA_PROTECTION(
      "Dine rettigheder efter databeskyttelsesreglerne",
      "Your rights under the data protection rules"),
  /** Checking access and the integrity of the audit trail. */
  SECURITY("Kontrol af adgang og sikkerhed", "Checking access and security");

  private static final Set<Operation> DATA_PROTECTION_OPERATIONS =
      EnumSet.of(
          Operation.VIEW_ACCESS_LOG,
          Operation.EXPORT_PERSONAL_DATA,
          Operation.ERASE_PERSONAL_DATA,
          Operation.PURGE_EXPIRED_DATA);

  private final String danish;
  private final String english;

  Purpose(String danish, String english) {
    this.danish = danish;
    this.english = english;
  }

  /**
   * The purpose of an operation by an actor kind.
   *
   * @param kind who acted
   * @param operation what they did
   * @return the purpose
   */
  public static Purpose of(ActorKind kind, Operation operation) {
    if (DATA_PROTECTION_OPERATIONS.contains(operation)) {
      return DATA_PROTECTION;
    }
    if (operation == Operation.VERIFY_AUDIT_TRAIL) {
      return SECURITY;
    }
    return switch (kind) {
      case CITIZEN -> SELF_SERVICE;
      case RELATIVE -> ON_YOUR_BEHALF;
      case STAFF -> CARE;
      case SYSTEM -> ADMINISTRATION;
    };
  }

  /**
   * The purpose in plain language.
   *
   * @param language the language
   * @return the text
   */
  public String text(Language language) {
    return language == Language.DA ? danish : english;
  }
}
