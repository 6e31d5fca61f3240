/** The use cases of Mit netværk: managing, searching, signing up and suggesting activities. */
@NullMarked
package dk.borgerdialog.network.application;

import org.jspecify.annotations.NullMarked;
