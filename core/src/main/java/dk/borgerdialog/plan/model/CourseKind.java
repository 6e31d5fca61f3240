package dk.borgerdialog.plan.model;

/** The kind of a course template (forløbstype). */
public enum CourseKind {
  /** Behandling, such as outpatient treatment for substance use. */
  TREATMENT,
  /** Rådgivning. */
  COUNSELLING,
  /** Vejledning. */
  GUIDANCE,
  /** Sagsbehandling. */
  CASE_PROCESSING,
  /** Hjemmepleje. */
  HOME_CARE,
  /** Genoptræning og rehabilitering. */
  REHABILITATION,
  /** Bostøtte. */
  HOUSING_SUPPORT
}
