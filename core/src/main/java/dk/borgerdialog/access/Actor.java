package dk.borgerdialog.access;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.common.internal.Check;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.relative.model.RelativeId;
import org.jspecify.annotations.Nullable;

/**
 * Who makes a call: a person or system that the host has authenticated.
 *
 * <p>Borgerdialog does not authenticate anyone. The host signs the person in (MitID, the
 * municipality's identity provider) and passes the actor with the assurance level it achieved; core
 * then decides what the actor may do.
 */
public sealed interface Actor {

  /**
   * A citizen acting for themselves.
   *
   * @param id the citizen
   * @param level the assurance level of the sign-in
   * @return the actor
   */
  static Actor citizen(CitizenId id, AssuranceLevel level) {
    return new Citizen(id, level);
  }

  /**
   * A staff member.
   *
   * @param id the staff member
   * @param level the assurance level of the sign-in
   * @return the actor
   */
  static Actor staff(StaffMemberId id, AssuranceLevel level) {
    return new Staff(id, level);
  }

  /**
   * The host system, for set-up and background work. Its level is {@link AssuranceLevel#HIGH}.
   *
   * @param name what the system is, such as {@code "nightly-import"}; shown in audit logs
   * @return the actor
   */
  static Actor system(String name) {
    return new SystemActor(name);
  }

  /**
   * A relative or proxy acting for a citizen. What the relative may do is decided by their active
   * grants from that citizen; everything is recorded as done by the relative for the citizen.
   *
   * @param id the relative
   * @param forCitizen the citizen the relative acts for
   * @param level the assurance level of the relative's sign-in
   * @return the actor
   */
  static Actor relative(RelativeId id, CitizenId forCitizen, AssuranceLevel level) {
    return new Relative(id, forCitizen, level);
  }

  /**
   * The citizen this actor acts for, if it acts for someone else.
   *
   * @return the citizen, or null for anyone acting in their own name
   */
  default @Nullable CitizenId onBehalfOf() {
    return null;
  }

  /**
   * The actor's kind.
   *
   * @return the kind
   */
  ActorKind kind();

  /**
   * The assurance level of the actor's sign-in.
   *
   * @return the level
   */
  AssuranceLevel level();

  /**
   * A stable id for audit records.
   *
   * @return the id, such as a UUID or the system's name
   */
  String auditId();

  /**
   * A citizen acting for themselves.
   *
   * @param id the citizen
   * @param level the assurance level
   */
  record Citizen(CitizenId id, AssuranceLevel level) implements Actor {
    /** Validates the actor. */
    public Citizen {
      Check.notNull("actor.id", id);
      Check.notNull("actor.level", level);
    }

    @Override
    public ActorKind kind() {
      return ActorKind.CITIZEN;
    }

    @Override
    public String auditId() {
      return id.value().toString();
    }
  }

  /**
   * A staff member.
   *
   * @param id the staff member
   * @param level the assurance level
   */
  record Staff(StaffMemberId id, AssuranceLevel level) implements Actor {
    /** Validates the actor. */
    public Staff {
      Check.notNull("actor.id", id);
      Check.notNull("actor.level", level);
    }

    @Override
    public ActorKind kind() {
      return ActorKind.STAFF;
    }

    @Override
    public String auditId() {
      return id.value().toString();
    }
  }

  /**
   * The host system.
   *
   * @param name what the system is
   */
  record SystemActor(String name) implements Actor {
    /** Validates the actor. */
    public SystemActor {
      name = Check.text("actor.name", name, 64);
    }

    @Override
    public ActorKind kind() {
      return ActorKind.SYSTEM;
    }

    @Override
    public AssuranceLevel level() {
      return AssuranceLevel.HIGH;
    }

    @Override
    public String auditId() {
      return name;
    }
  }

  /**
   * A relative or proxy acting for a citizen.
   *
   * @param id the relative
   * @param forCitizen the citizen acted for
   * @param level the assurance level
   */
  record Relative(RelativeId id, CitizenId forCitizen, AssuranceLevel level) implements Actor {
    /** Validates the actor. */
    public Relative {
      Check.notNull("actor.id", id);
      Check.notNull("actor.forCitizen", forCitizen);
      Check.notNull("actor.level", level);
    }

    @Override
    public ActorKind kind() {
      return ActorKind.RELATIVE;
    }

    @Override
    public String auditId() {
      return id.value().toString();
    }

    @Override
    public CitizenId onBehalfOf() {
      return forCitizen;
    }
  }
}
