/**
 * Notification: the secondary port through which Borgerdialog delivers a message to a person
 * (in-app, e-mail, SMS or webhook), the message it hands over and the outcome it gets back.
 *
 * <p>Adapters implement {@link dk.borgerdialog.notification.model.NotificationChannel} in the
 * messaging module; core never imports them.
 */
@NullMarked
package dk.borgerdialog.notification.model;

import org.jspecify.annotations.NullMarked;
