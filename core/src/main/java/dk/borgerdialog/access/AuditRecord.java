package dk.borgerdialog.access;

import dk.borgerdialog.citizen.model.CitizenId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One audited access: who, as which kind of actor, did what to whose data, when, and whether it was
 * allowed.
 *
 * @param id the record's id
 * @param at when, by the injected clock
 * @param actorKind the actor's kind
 * @param actorId the actor's audit id
 * @param level the actor's assurance level
 * @param citizen whose data, or null for organisational data
 * @param operation what
 * @param entityId the id of the entity acted on, or null
 * @param allowed whether access was granted
 * @param reason why access was refused, or null when allowed
 */
public record AuditRecord(
    UUID id,
    Instant at,
    ActorKind actorKind,
    String actorId,
    AssuranceLevel level,
    @Nullable CitizenId citizen,
    Operation operation,
    @Nullable UUID entityId,
    boolean allowed,
    @Nullable String reason) {}
