/**
 * Insights: attendance and the effect of reminders per unit and period, computed by the storage,
 * and the appointments staff have yet to mark attended or no-show.
 */
@NullMarked
package dk.borgerdialog.insight.model;

import org.jspecify.annotations.NullMarked;
