/** Use cases that notify citizens. */
@NullMarked
package dk.borgerdialog.notification.application;

import org.jspecify.annotations.NullMarked;
