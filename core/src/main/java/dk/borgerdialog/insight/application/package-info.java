/** Viewing a unit's insights and its unmarked appointments, under access control. */
@NullMarked
package dk.borgerdialog.insight.application;

import org.jspecify.annotations.NullMarked;
