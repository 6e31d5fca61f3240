/**
 * Delivery to people: adapters of the {@link
 * dk.borgerdialog.notification.model.NotificationChannel} port ({@code email}, {@code sms}, {@code
 * webhook}) and the message templates ({@code template}).
 */
@NullMarked
package dk.borgerdialog.messaging;

import org.jspecify.annotations.NullMarked;
