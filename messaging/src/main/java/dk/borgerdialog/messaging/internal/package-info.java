/**
 * Implementation details of the messaging module. Do not use directly: these types may change in
 * any release.
 */
@NullMarked
package dk.borgerdialog.messaging.internal;

import org.jspecify.annotations.NullMarked;
