/** Runnable examples, each with a {@code main} method. */
@NullMarked
package dk.borgerdialog.examples;

import org.jspecify.annotations.NullMarked;
