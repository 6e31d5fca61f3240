package dk.borgerdialog.access;

import dk.borgerdialog.citizen.model.CitizenId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One audited access: who, as which kind of actor and for whom, did what to whose data, when, why,
 * and whether it was allowed.
 *
 * @param id the record's id
 * @param at when, by the injected clock
 * @param actorKind the actor's kind
 * @param actorId the actor's audit id
 * @param level the actor's assurance level
 * @param citizen whose data, or null for organisational data
 * @param operation what (the action, and with it the kind of entity)
 * @param entityId the id of the entity acted on, or null
 * @param allowed whether access was granted
 * @param reason why access was refused, or null when allowed
 * @param onBehalfOf the citizen a relative acted for, or null when the actor acted in their own
 *     name
 * @param purpose why, in plain language for the citizen
 * @param correlationId the host's id of the request, tying together the records of one request, or
 *     null
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
    @Nullable String reason,
    @Nullable CitizenId onBehalfOf,
    Purpose purpose,
    @Nullable String correlationId) {

  /**
   * A record of an actor acting in their own name, with the purpose that follows from kind and
   * operation and no correlation id.
   *
   * @param id the record's id
   * @param at when
   * @param actorKind the actor's kind
   * @param actorId the actor's audit id
   * @param level the assurance level
   * @param citizen whose data, or null
   * @param operation what
   * @param entityId the entity, or null
   * @param allowed whether access was granted
   * @param reason why refused, or null
   */
  public AuditRecord(
      UUID id,
      Instant at,
      ActorKind actorKind,
      String actorId,
      AssuranceLevel level,
      @Nullable CitizenId citizen,
      Operation operation,
      @Nullable UUID entityId,
      boolean allowed,
      @Nullable String reason) {
    this(
        id,
        at,
        actorKind,
        actorId,
        level,
        citizen,
        operation,
        entityId,
        allowed,
        reason,
        null,
        Purpose.of(actorKind, operation),
        null);
  }
}
