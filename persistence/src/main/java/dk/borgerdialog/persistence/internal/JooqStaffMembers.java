package dk.borgerdialog.persistence.internal;

import static dk.borgerdialog.persistence.internal.jooq.Tables.STAFF_MEMBER;
import static dk.borgerdialog.persistence.internal.jooq.Tables.STAFF_UNIT_ROLE;

import dk.borgerdialog.common.ExternalRef;
import dk.borgerdialog.common.Transactions;
import dk.borgerdialog.organisation.model.MunicipalityId;
import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffMembers;
import dk.borgerdialog.organisation.model.StaffRole;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.organisation.model.UnitRole;
import dk.borgerdialog.persistence.internal.jooq.tables.records.StaffMemberRecord;
import dk.borgerdialog.persistence.internal.jooq.tables.records.StaffUnitRoleRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/** The staff directory in jOOQ, read by id through a reference cache. */
public final class JooqStaffMembers implements StaffMembers {
  private final DSLContext dsl;
  private final Transactions transactions;
  private final ReferenceCache<StaffMemberId, StaffMember> byId;

  /**
   * Creates the adapter.
   *
   * @param dsl the context
   * @param transactions the transactions that make a member and its roles one write
   * @param scope the transaction scope the cache consults
   */
  public JooqStaffMembers(DSLContext dsl, Transactions transactions, TransactionScope scope) {
    this.dsl = dsl;
    this.transactions = transactions;
    this.byId = new ReferenceCache<>(scope, this::load);
  }

  @Override
  public void add(StaffMember member) {
    transactions.inTransaction(
        () -> {
          byId.written(member.id());
          StaffMemberRecord row = dsl.newRecord(STAFF_MEMBER);
          row.setId(member.id().value());
          row.setVersion(member.version());
          write(row, member);
          try {
            dsl.insertInto(STAFF_MEMBER).set(row).execute();
          } catch (DataAccessException e) {
            throw SqlErrors.translate(
                e, "staff member " + member.id() + " or their reference already exists");
          }
          insertRoles(member);
          return null;
        });
  }

  @Override
  public StaffMember update(StaffMember member) {
    return transactions.inTransaction(
        () -> {
          byId.written(member.id());
          UUID id = member.id().value();
          int rows;
          try {
            rows =
                dsl.update(STAFF_MEMBER)
                    .set(STAFF_MEMBER.MUNICIPALITY_ID, member.municipality().value())
                    .set(STAFF_MEMBER.REF_SYSTEM, refSystem(member.ref()))
                    .set(STAFF_MEMBER.REF_VALUE, refValue(member.ref()))
                    .set(STAFF_MEMBER.NAME, member.name())
                    .set(STAFF_MEMBER.TITLE, member.title())
                    .set(STAFF_MEMBER.VERSION, STAFF_MEMBER.VERSION.plus(1))
                    .where(STAFF_MEMBER.ID.eq(id))
                    .and(STAFF_MEMBER.VERSION.eq(member.version()))
                    .execute();
          } catch (DataAccessException e) {
            throw SqlErrors.translate(
                e, "staff member " + member.id() + " conflicts with stored data");
          }
          Versions.requireUpdated(dsl, rows, STAFF_MEMBER, STAFF_MEMBER.ID, id, "staff member");
          dsl.deleteFrom(STAFF_UNIT_ROLE).where(STAFF_UNIT_ROLE.STAFF_MEMBER_ID.eq(id)).execute();
          insertRoles(member);
          return new StaffMember(
              member.id(),
              member.municipality(),
              member.ref(),
              member.name(),
              member.title(),
              member.roles(),
              member.version() + 1);
        });
  }

  @Override
  public Optional<StaffMember> byId(StaffMemberId id) {
    return byId.get(id);
  }

  @Override
  public Set<UnitId> unitsOf(StaffMemberId id) {
    // uncached on purpose: access decisions must see a role taken away at once, on every node
    return dsl.selectDistinct(STAFF_UNIT_ROLE.UNIT_ID)
        .from(STAFF_UNIT_ROLE)
        .where(STAFF_UNIT_ROLE.STAFF_MEMBER_ID.eq(id.value()))
        .fetchSet(r -> new UnitId(r.value1()));
  }

  @Override
  public java.util.Map<StaffMemberId, Set<UnitId>> unitsOfAll(
      java.util.Collection<StaffMemberId> ids) {
    // uncached on purpose, as unitsOf
    java.util.Map<StaffMemberId, Set<UnitId>> units = new java.util.LinkedHashMap<>();
    for (StaffMemberId id : ids) {
      units.put(id, new java.util.HashSet<>());
    }
    if (ids.isEmpty()) {
      return units;
    }
    dsl.selectDistinct(STAFF_UNIT_ROLE.STAFF_MEMBER_ID, STAFF_UNIT_ROLE.UNIT_ID)
        .from(STAFF_UNIT_ROLE)
        .where(STAFF_UNIT_ROLE.STAFF_MEMBER_ID.in(ids.stream().map(StaffMemberId::value).toList()))
        .forEach(r -> units.get(new StaffMemberId(r.value1())).add(new UnitId(r.value2())));
    return units;
  }

  @Override
  public List<StaffMember> inUnit(UnitId unit) {
    List<StaffMemberRecord> rows =
        dsl.selectFrom(STAFF_MEMBER)
            .where(
                STAFF_MEMBER.ID.in(
                    dsl.select(STAFF_UNIT_ROLE.STAFF_MEMBER_ID)
                        .from(STAFF_UNIT_ROLE)
                        .where(STAFF_UNIT_ROLE.UNIT_ID.eq(unit.value()))))
            .orderBy(STAFF_MEMBER.NAME, STAFF_MEMBER.ID)
            .fetch();
    Map<UUID, List<UnitRole>> roles = rolesOf(dsl, rows.stream().map(r -> r.getId()).toList());
    return rows.stream()
        .map(r -> toStaffMember(r, roles.getOrDefault(r.getId(), List.of())))
        .toList();
  }

  private @Nullable StaffMember load(StaffMemberId id) {
    StaffMemberRecord row =
        dsl.selectFrom(STAFF_MEMBER).where(STAFF_MEMBER.ID.eq(id.value())).fetchOne();
    if (row == null) {
      return null;
    }
    return toStaffMember(
        row, rolesOf(dsl, List.of(id.value())).getOrDefault(id.value(), List.of()));
  }

  private void insertRoles(StaffMember member) {
    List<StaffUnitRoleRecord> rows = new ArrayList<>();
    for (int i = 0; i < member.roles().size(); i++) {
      UnitRole role = member.roles().get(i);
      rows.add(
          new StaffUnitRoleRecord(member.id().value(), role.unit().value(), role.role().code(), i));
    }
    if (!rows.isEmpty()) {
      dsl.batchInsert(rows).execute();
    }
  }

  /** The roles of staff members, in the order they were given, one query. */
  static Map<UUID, List<UnitRole>> rolesOf(DSLContext dsl, Collection<UUID> staffMembers) {
    if (staffMembers.isEmpty()) {
      return Map.of();
    }
    return dsl
        .selectFrom(STAFF_UNIT_ROLE)
        .where(STAFF_UNIT_ROLE.STAFF_MEMBER_ID.in(staffMembers))
        .orderBy(STAFF_UNIT_ROLE.STAFF_MEMBER_ID, STAFF_UNIT_ROLE.POSITION_NO)
        .fetch()
        .stream()
        .collect(
            Collectors.groupingBy(
                StaffUnitRoleRecord::getStaffMemberId,
                Collectors.mapping(
                    r -> new UnitRole(new UnitId(r.getUnitId()), new StaffRole(r.getRoleCode())),
                    Collectors.toList())));
  }

  private static void write(StaffMemberRecord row, StaffMember member) {
    row.setMunicipalityId(member.municipality().value());
    row.setRefSystem(refSystem(member.ref()));
    row.setRefValue(refValue(member.ref()));
    row.setName(member.name());
    row.setTitle(member.title());
  }

  private static @Nullable String refSystem(@Nullable ExternalRef ref) {
    return ref == null ? null : ref.system();
  }

  private static @Nullable String refValue(@Nullable ExternalRef ref) {
    return ref == null ? null : ref.value();
  }

  private static StaffMember toStaffMember(StaffMemberRecord r, List<UnitRole> roles) {
    String system = r.getRefSystem();
    String value = r.getRefValue();
    return new StaffMember(
        new StaffMemberId(r.getId()),
        new MunicipalityId(r.getMunicipalityId()),
        system == null || value == null ? null : new ExternalRef(system, value),
        r.getName(),
        r.getTitle(),
        roles,
        r.getVersion());
  }
}
