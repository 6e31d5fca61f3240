/** Helpers for hosts' tests: a settable clock and an in-memory Borgerdialog on H2. */
@NullMarked
package dk.borgerdialog.testing;

import org.jspecify.annotations.NullMarked;
