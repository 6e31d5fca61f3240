/**
 * Min planlægning: courses (forløb) from course templates, plan items, the citizen's preferences,
 * appointments with their booking rules and free slots, and the citizen's overview.
 */
@NullMarked
package dk.borgerdialog.plan.model;

import org.jspecify.annotations.NullMarked;
