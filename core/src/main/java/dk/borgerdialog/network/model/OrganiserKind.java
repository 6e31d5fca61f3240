package dk.borgerdialog.network.model;

/** Who organises an activity. */
public enum OrganiserKind {
  /** One of the municipality's own units, such as the local senior centre. */
  MUNICIPAL_UNIT,
  /** A registered association (forening), coordinated by one of the municipality's units. */
  ASSOCIATION
}
