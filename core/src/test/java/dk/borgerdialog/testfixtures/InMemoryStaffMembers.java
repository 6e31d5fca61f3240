package dk.borgerdialog.testfixtures;

import dk.borgerdialog.organisation.model.StaffMember;
import dk.borgerdialog.organisation.model.StaffMemberId;
import dk.borgerdialog.organisation.model.StaffMembers;
import dk.borgerdialog.organisation.model.UnitId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The staff directory in a map, with optimistic versions. */
public final class InMemoryStaffMembers implements StaffMembers {
  private final Map<StaffMemberId, StaffMember> store = new ConcurrentHashMap<>();

  @Override
  public void add(StaffMember member) {
    Versioned.add(store, member.id(), member, member.version(), "staff member");
  }

  @Override
  public StaffMember update(StaffMember member) {
    return Versioned.update(
        store,
        member.id(),
        member,
        StaffMember::version,
        m ->
            new StaffMember(
                m.id(), m.municipality(), m.ref(), m.name(), m.title(), m.roles(), m.version() + 1),
        "staff member");
  }

  @Override
  public Optional<StaffMember> byId(StaffMemberId id) {
    return Optional.ofNullable(store.get(id));
  }

  @Override
  public synchronized java.util.Set<UnitId> unitsOf(StaffMemberId id) {
    StaffMember member = store.get(id);
    return member == null ? java.util.Set.of() : member.units();
  }

  @Override
  public List<StaffMember> inUnit(UnitId unit) {
    return store.values().stream()
        .filter(m -> m.worksIn(unit))
        .sorted(Comparator.comparing(StaffMember::name))
        .toList();
  }
}
