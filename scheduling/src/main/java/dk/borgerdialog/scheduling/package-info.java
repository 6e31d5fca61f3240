/**
 * Time-driven work on <a href="https://github.com/kagkarlsson/db-scheduler">db-scheduler</a>, in
 * the host's own database: {@link dk.borgerdialog.scheduling.DbSchedulerReminders} wakes the
 * reminder dispatcher when a reminder is due, cluster-safe on PostgreSQL and single-node on H2.
 */
@NullMarked
package dk.borgerdialog.scheduling;

import org.jspecify.annotations.NullMarked;
