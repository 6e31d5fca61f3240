/**
 * Events to the host as JSON: the envelope ({@link dk.borgerdialog.messaging.event.EventJson}) and
 * a listener that posts it to the host's URL, signed like the webhook channel.
 */
@NullMarked
package dk.borgerdialog.messaging.event;

import org.jspecify.annotations.NullMarked;
