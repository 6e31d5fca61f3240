package dk.borgerdialog.audit.application;

import dk.borgerdialog.access.ActorKind;
import dk.borgerdialog.access.Operation;
import dk.borgerdialog.access.Purpose;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a citizen's access log: who looked at or changed the citizen's data, when, what and
 * why.
 *
 * @param at when
 * @param actorKind staff, a relative, the citizen themselves, or the system
 * @param who the staff member's or relative's name, the citizen's own name, or the system's name;
 *     "unknown" if the person has since been removed
 * @param role the staff member's title (or roles), the relative's relation to the citizen, or null
 * @param onBehalfOf whether a relative acted on the citizen's behalf
 * @param operation what was done
 * @param purpose why
 * @param purposeText why, in plain language in the citizen's language
 */
public record AccessLogEntry(
    Instant at,
    ActorKind actorKind,
    String who,
    @Nullable String role,
    boolean onBehalfOf,
    Operation operation,
    Purpose purpose,
    String purposeText) {}
