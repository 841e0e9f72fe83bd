package be.pfe.operations.domain.enrolment;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The seats of one session at one moment: its capacity, the quotas of its partners (the rest is the open pool)
 * and the seats held. Decides which seat a learner may take: first one of their partner's quota, then one of the
 * pool; never more than the capacity in all.
 *
 * @param quotas seats per partner id
 * @param held   seats held, per seat (quota of a partner, or pool)
 */
public record SeatLedger(int capacity, Map<Long, Integer> quotas, Map<Seat, Long> held) {

    public SeatLedger {
        quotas = Map.copyOf(quotas);
        held = Map.copyOf(held);
    }

    public int quotaSeats() {
        return quotas.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The seats no partner reserved. */
    public int poolSeats() {
        return Math.max(0, capacity - quotaSeats());
    }

    public long heldInQuota(long partnerId) {
        return held.getOrDefault(Seat.ofQuota(partnerId), 0L);
    }

    public long heldInPool() {
        return held.getOrDefault(Seat.POOL, 0L);
    }

    public long heldSeats() {
        return held.values().stream().mapToLong(Long::longValue).sum();
    }

    public long freeSeats() {
        return Math.max(0, capacity - heldSeats());
    }

    /** The seat a learner coming through this partner ({@code null}: none) may take now, if any. */
    public Optional<Seat> seatFor(Long partnerId) {
        if (heldSeats() >= capacity) {
            return Optional.empty();
        }
        if (partnerId != null && quotas.getOrDefault(partnerId, 0) > heldInQuota(partnerId)) {
            return Optional.of(Seat.ofQuota(partnerId));
        }
        if (heldInPool() < poolSeats()) {
            return Optional.of(Seat.POOL);
        }
        return Optional.empty();
    }

    /** The ledger once this seat is taken. */
    public SeatLedger taking(Seat seat) {
        Map<Seat, Long> after = new HashMap<>(held);
        after.merge(seat, 1L, Long::sum);
        return new SeatLedger(capacity, quotas, after);
    }
}
