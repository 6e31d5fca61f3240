package dk.borgerdialog.plan.model;

/** What a plan item is. */
public enum PlanItemKind {
  /** A goal, such as "walk to the baker by myself". */
  GOAL,
  /** A task for the citizen or staff. */
  TASK,
  /** The way forward (vejen frem): what happens next. */
  WAY_FORWARD
}
