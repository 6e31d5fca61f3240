/**
 * The use cases of Min planlægning. Each runs in one transaction, checks access through {@code
 * AccessControl} first, and records its domain events and audit record with its change.
 */
@NullMarked
package dk.borgerdialog.plan.application;

import org.jspecify.annotations.NullMarked;
