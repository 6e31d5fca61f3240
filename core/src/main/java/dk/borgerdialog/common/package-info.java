/**
 * The shared kernel: the exception hierarchy, host references, languages, domain events and the
 * transaction port that every use case runs in.
 */
@NullMarked
package dk.borgerdialog.common;

import org.jspecify.annotations.NullMarked;
