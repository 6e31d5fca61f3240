package dk.borgerdialog.plan.model;

import dk.borgerdialog.organisation.model.StaffMemberId;
import org.jspecify.annotations.Nullable;

/**
 * A staff member taking part in an appointment, as the citizen sees them.
 *
 * @param id the staff member
 * @param name the display name
 * @param title the job title, or null
 */
public record Participant(StaffMemberId id, String name, @Nullable String title) {}
