package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.RELATIVE_GRANT;

import dk.borgerdialog.citizen.model.CitizenId;
import dk.borgerdialog.persistence.internal.jooq.tables.records.RelativeGrantRecord;
import dk.borgerdialog.relative.model.LegalBasis;
import dk.borgerdialog.relative.model.LegalBasisKind;
import dk.borgerdialog.relative.model.RelativeGrant;
import dk.borgerdialog.relative.model.RelativeGrantId;
import dk.borgerdialog.relative.model.RelativeGrants;
import dk.borgerdialog.relative.model.RelativeId;
import dk.borgerdialog.relative.model.Scope;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Grants in jOOQ, with optimistic versions. Never cached: an access check reads the grants of one
 * relative and citizen on every call, so that a revocation takes effect at once on every node.
 */
public final class JooqRelativeGrants implements RelativeGrants {
  private final DSLContext dsl;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   */
  public JooqRelativeGrants(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void add(RelativeGrant grant) {
    RelativeGrantRecord row = dsl.newRecord(RELATIVE_GRANT);
    write(row, grant);
    row.setVersion(grant.version());
    try {
      dsl.insertInto(RELATIVE_GRANT).set(row).execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "grant " + grant.id() + " exists");
    }
  }

  @Override
  public RelativeGrant update(RelativeGrant grant) {
    RelativeGrantRecord row = dsl.newRecord(RELATIVE_GRANT);
    write(row, grant);
    row.setVersion(grant.version() + 1);
    int rows;
    try {
      rows =
          dsl.update(RELATIVE_GRANT)
              .set(row)
              .where(RELATIVE_GRANT.ID.eq(grant.id().value()))
              .and(RELATIVE_GRANT.VERSION.eq(grant.version()))
              .execute();
    } catch (DataAccessException e) {
      throw SqlErrors.translate(e, "grant " + grant.id() + " changed");
    }
    Versions.requireUpdated(
        dsl, rows, RELATIVE_GRANT, RELATIVE_GRANT.ID, grant.id().value(), "grant");
    return withVersion(grant, grant.version() + 1);
  }

  @Override
  public Optional<RelativeGrant> byId(RelativeGrantId id) {
    return dsl.selectFrom(RELATIVE_GRANT)
        .where(RELATIVE_GRANT.ID.eq(id.value()))
        .fetchOptional(JooqRelativeGrants::toGrant);
  }

  @Override
  public List<RelativeGrant> ofCitizen(CitizenId citizen) {
    return newestFirst(RELATIVE_GRANT.CITIZEN_ID.eq(citizen.value()));
  }

  @Override
  public List<RelativeGrant> ofRelative(RelativeId relative) {
    return newestFirst(RELATIVE_GRANT.RELATIVE_ID.eq(relative.value()));
  }

  @Override
  public List<RelativeGrant> between(RelativeId relative, CitizenId citizen) {
    return newestFirst(
        RELATIVE_GRANT
            .RELATIVE_ID
            .eq(relative.value())
            .and(RELATIVE_GRANT.CITIZEN_ID.eq(citizen.value())));
  }

  private List<RelativeGrant> newestFirst(Condition condition) {
    return dsl.selectFrom(RELATIVE_GRANT)
        .where(condition)
        .orderBy(RELATIVE_GRANT.GRANTED_AT.desc(), RELATIVE_GRANT.ID)
        .fetch(JooqRelativeGrants::toGrant);
  }

  private static void write(RelativeGrantRecord row, RelativeGrant g) {
    row.setId(g.id().value());
    row.setCitizenId(g.citizen().value());
    row.setRelativeId(g.relative().value());
    row.setRelation(g.relation());
    // sorted, so that the same set is always stored the same way
    row.setScopes(g.scopes().stream().sorted().map(Scope::name).collect(Collectors.joining(",")));
    row.setBasisKind(g.basis().kind().name());
    row.setBasisReference(g.basis().reference());
    row.setGrantedAt(g.grantedAt());
    row.setGrantedBy(g.grantedBy());
    row.setExpiresAt(g.expiresAt());
    row.setRevokedAt(g.revokedAt());
    row.setRevokedBy(g.revokedBy());
    row.setRevokeReason(g.revokeReason());
  }

  static RelativeGrant toGrant(RelativeGrantRecord r) {
    Set<Scope> scopes =
        Arrays.stream(r.getScopes().split(","))
            .map(Scope::valueOf)
            .collect(Collectors.toUnmodifiableSet());
    return new RelativeGrant(
        new RelativeGrantId(r.getId()),
        new CitizenId(r.getCitizenId()),
        new RelativeId(r.getRelativeId()),
        r.getRelation(),
        scopes,
        new LegalBasis(LegalBasisKind.valueOf(r.getBasisKind()), r.getBasisReference()),
        r.getGrantedAt(),
        r.getGrantedBy(),
        r.getExpiresAt(),
        r.getRevokedAt(),
        r.getRevokedBy(),
        r.getRevokeReason(),
        r.getVersion());
  }

  private static RelativeGrant withVersion(RelativeGrant g, long version) {
    return new RelativeGrant(
        g.id(),
        g.citizen(),
        g.relative(),
        g.relation(),
        g.scopes(),
        g.basis(),
        g.grantedAt(),
        g.grantedBy(),
        g.expiresAt(),
        g.revokedAt(),
        g.revokedBy(),
        g.revokeReason(),
        version);
  }
}
