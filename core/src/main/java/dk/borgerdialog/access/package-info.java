/**
 * Who may do what: actors with their assurance level, the one declarative access policy, and the
 * audit records every decision leaves.
 */
@NullMarked
package dk.borgerdialog.access;

import org.jspecify.annotations.NullMarked;
