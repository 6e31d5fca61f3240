/** The use case that delivers committed events from the outbox to the host's listeners. */
@NullMarked
package dk.borgerdialog.event.application;

import org.jspecify.annotations.NullMarked;
