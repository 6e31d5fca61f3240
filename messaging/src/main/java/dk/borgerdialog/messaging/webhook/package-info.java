/**
 * Notifications to the host over HTTP, signed with HMAC-SHA256 and a timestamp so the receiver can
 * check both who sent them and that they are fresh.
 */
@NullMarked
package dk.borgerdialog.messaging.webhook;

import org.jspecify.annotations.NullMarked;
