package dk.borgerdialog.messaging.event;

import dk.borgerdialog.common.BorgerdialogException;

/**
 * An event could not be delivered to the host's URL; the relay offers it again later.
 *
 * <p>The message names the outcome (status or network failure), never the URL or the body.
 */
public final class UnableToDeliverEventException extends BorgerdialogException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public UnableToDeliverEventException(String message) {
    super(message);
  }
}
