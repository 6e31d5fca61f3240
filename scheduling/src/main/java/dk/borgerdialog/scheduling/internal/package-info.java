/**
 * Implementation details of the scheduling module. Do not use directly: these types may change in
 * any release. Use {@link dk.borgerdialog.scheduling.DbSchedulerReminders} instead.
 */
@NullMarked
package dk.borgerdialog.scheduling.internal;

import org.jspecify.annotations.NullMarked;
