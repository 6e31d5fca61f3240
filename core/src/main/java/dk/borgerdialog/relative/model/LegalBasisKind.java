package dk.borgerdialog.relative.model;

/** Why a relative may act for a citizen. */
public enum LegalBasisKind {
  /** The citizen gave the access themselves. */
  CONSENT,
  /** A power of attorney (fuldmagt), registered by staff with its reference. */
  POWER_OF_ATTORNEY,
  /** A guardianship (værgemål), registered by staff with the decision's reference. */
  GUARDIANSHIP
}
