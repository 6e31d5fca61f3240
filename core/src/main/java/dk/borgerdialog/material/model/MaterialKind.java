package dk.borgerdialog.material.model;

/** What an item of information material is. */
public enum MaterialKind {
  /** A text in a safe subset of Markdown, shown as sanitised HTML. */
  TEXT,
  /** A link to a page elsewhere, with an optional description. */
  LINK,
  /** A video with a duration, and captions or a transcript for accessibility. */
  VIDEO
}
