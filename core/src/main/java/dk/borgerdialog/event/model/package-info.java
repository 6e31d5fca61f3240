/**
 * Events to the host: the committed domain events as the host receives them ({@link
 * dk.borgerdialog.event.model.PublishedEvent}), the listener the host registers, and the outbox
 * port the relay reads them from.
 */
@NullMarked
package dk.borgerdialog.event.model;

import org.jspecify.annotations.NullMarked;
