/** The use case that purges data past its retention, in batches. */
@NullMarked
package dk.borgerdialog.retention.application;

import org.jspecify.annotations.NullMarked;
