/**
 * Retention: how long each kind of data is kept, and the small SPI through which a capability
 * purges what is due.
 */
@NullMarked
package dk.borgerdialog.retention.model;

import org.jspecify.annotations.NullMarked;
