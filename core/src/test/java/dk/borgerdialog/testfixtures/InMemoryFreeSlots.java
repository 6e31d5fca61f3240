package dk.borgerdialog.testfixtures;

import dk.borgerdialog.common.ConflictException;
import dk.borgerdialog.organisation.model.UnitId;
import dk.borgerdialog.plan.model.AppointmentId;
import dk.borgerdialog.plan.model.AppointmentType;
import dk.borgerdialog.plan.model.FreeSlot;
import dk.borgerdialog.plan.model.FreeSlotId;
import dk.borgerdialog.plan.model.FreeSlots;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Free slots in a map. {@link #claim} is atomic: of two threads claiming the same open slot,
 * exactly one succeeds and the other gets a {@link ConflictException}, as with the database's
 * conditional update.
 */
public final class InMemoryFreeSlots implements FreeSlots {
  private final Map<FreeSlotId, FreeSlot> store = new ConcurrentHashMap<>();

  @Override
  public void add(FreeSlot slot) {
    Versioned.add(store, slot.id(), slot, slot.version(), "free slot");
  }

  @Override
  public Optional<FreeSlot> byId(FreeSlotId id) {
    return Optional.ofNullable(store.get(id));
  }

  @Override
  public void claim(FreeSlotId slot, AppointmentId appointment) {
    store.compute(
        slot,
        (id, stored) -> {
          if (stored == null) {
            throw new ConflictException("the free slot is gone");
          }
          if (!stored.isOpen()) {
            throw new ConflictException("the free slot has been taken");
          }
          return taken(stored, appointment);
        });
  }

  @Override
  public void release(FreeSlotId slot) {
    store.computeIfPresent(slot, (id, stored) -> stored.isOpen() ? stored : taken(stored, null));
  }

  @Override
  public boolean withdraw(FreeSlotId slot) {
    boolean[] removed = {false};
    store.computeIfPresent(
        slot,
        (id, stored) -> {
          if (stored.isOpen()) {
            removed[0] = true;
            return null;
          }
          return stored;
        });
    return removed[0];
  }

  @Override
  public List<FreeSlot> open(UnitId unit, AppointmentType type, Instant from, int limit) {
    return store.values().stream()
        .filter(s -> s.isOpen() && s.unit().equals(unit) && s.type().equals(type))
        .filter(s -> s.start().isAfter(from))
        .sorted(Comparator.comparing(FreeSlot::start))
        .limit(limit)
        .toList();
  }

  /**
   * Every slot, open or taken, earliest first.
   *
   * @return the slots
   */
  public List<FreeSlot> all() {
    return store.values().stream().sorted(Comparator.comparing(FreeSlot::start)).toList();
  }

  private static FreeSlot taken(FreeSlot s, @Nullable AppointmentId by) {
    return new FreeSlot(
        s.id(),
        s.unit(),
        s.type(),
        s.staffMember(),
        s.start(),
        s.end(),
        s.mode(),
        by,
        s.version() + 1);
  }
}
