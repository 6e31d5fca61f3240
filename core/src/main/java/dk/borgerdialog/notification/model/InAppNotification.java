package dk.borgerdialog.notification.model;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.internal.Check;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification shown in the citizen's overview, with its read state.
 *
 * @param id the id
 * @param citizen the citizen
 * @param idempotencyKey the key it was sent with; a second delivery with the same key is dropped
 * @param subject the subject
 * @param body the body
 * @param createdAt when it was delivered
 * @param readAt when the citizen read it, or null
 */
public record InAppNotification(
    UUID id,
    CitizenId citizen,
    String idempotencyKey,
    String subject,
    String body,
    Instant createdAt,
    @Nullable Instant readAt) {

  /** Validates the notification. */
  public InAppNotification {
    Check.notNull("id", id);
    Check.notNull("citizen", citizen);
    idempotencyKey = Check.text("idempotencyKey", idempotencyKey, Notification.MAX_KEY_LENGTH);
    subject = Check.text("subject", subject, Notification.MAX_SUBJECT_LENGTH);
    body = Check.multilineText("body", body, Notification.MAX_BODY_LENGTH);
    Check.notNull("createdAt", createdAt);
  }

  /** Shows ids only: the text is for the citizen. */
  @Override
  public String toString() {
    return "InAppNotification[id="
        + id
        + ", citizen="
        + citizen
        + ", read="
        + (readAt != null)
        + "]";
  }
}
