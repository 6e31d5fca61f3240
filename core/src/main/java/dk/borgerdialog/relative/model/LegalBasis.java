package dk.borgerdialog.relative.model;

import dk.borgerdialog.common.InvalidInputException;
import dk.borgerdialog.common.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * The legal basis of a grant: the citizen's own consent, or a power of attorney or guardianship
 * that staff registered with a reference (a case or decision number).
 *
 * @param kind the kind
 * @param reference the reference of the document or decision; required for staff's kinds, absent
 *     for consent
 */
public record LegalBasis(LegalBasisKind kind, @Nullable String reference) {
  /** The longest reference accepted. */
  public static final int MAX_REFERENCE_LENGTH = 200;

  /**
   * Validates the basis.
   *
   * @throws InvalidInputException naming {@code basis.reference} if it is missing for a power of
   *     attorney or guardianship, or given for consent
   */
  public LegalBasis {
    Check.notNull("basis.kind", kind);
    reference = Check.optionalText("basis.reference", reference, MAX_REFERENCE_LENGTH);
    if (kind == LegalBasisKind.CONSENT && reference != null) {
      throw new InvalidInputException("basis.reference", "is not used for consent");
    }
    if (kind != LegalBasisKind.CONSENT && reference == null) {
      throw new InvalidInputException("basis.reference", "is required for " + kind);
    }
  }

  /**
   * The citizen's own consent.
   *
   * @return the basis
   */
  public static LegalBasis consent() {
    return new LegalBasis(LegalBasisKind.CONSENT, null);
  }

  /**
   * A power of attorney (fuldmagt).
   *
   * @param reference its reference
   * @return the basis
   */
  public static LegalBasis powerOfAttorney(String reference) {
    return new LegalBasis(LegalBasisKind.POWER_OF_ATTORNEY, reference);
  }

  /**
   * A guardianship (værgemål).
   *
   * @param reference the decision's reference
   * @return the basis
   */
  public static LegalBasis guardianship(String reference) {
    return new LegalBasis(LegalBasisKind.GUARDIANSHIP, reference);
  }
}
