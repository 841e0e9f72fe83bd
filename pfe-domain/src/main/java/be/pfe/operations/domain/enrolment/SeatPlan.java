package be.pfe.operations.domain.enrolment;

import be.pfe.operations.domain.shared.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * How a session shares its seats: a quota per partner organisation (the partners fund those seats), the rest is
 * the open pool; and how its waitlist is served: the priority rule, and how many days after the session's start
 * a freed seat is still offered to the waitlist. A session without a plan has no quotas, serves its waitlist by
 * arrival, and promotes until its first day.
 */
@Entity
@Table(name = "session_seat_plan")
public class SeatPlan {

    public static final int MAX_GRACE_DAYS = 365;

    @Id
    @Column(name = "session_id")
    private long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "waitlist_priority", nullable = false, length = 40)
    private WaitlistPriority waitlistPriority;

    @Column(name = "promotion_grace_days", nullable = false)
    private int promotionGraceDays;

    @ElementCollection
    @CollectionTable(name = "session_seat_quota", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "partner_id")
    @Column(name = "seats", nullable = false)
    private Map<Long, Integer> quotas = new HashMap<>();

    @Version
    private long version;

    protected SeatPlan() {
        // for JPA
    }

    /** The default plan of a session: no quotas, waitlist by arrival, no promotion after the first day. */
    public SeatPlan(long sessionId) {
        this.sessionId = sessionId;
        this.waitlistPriority = WaitlistPriority.ARRIVAL;
    }

    /** Replaces the quotas; together they may not exceed the session's seats (the rest is the pool). */
    public void changeQuotas(Map<Long, Integer> seatsPerPartner, int seatCapacity) {
        int total = 0;
        for (int seats : seatsPerPartner.values()) {
            if (seats < 0) {
                throw new BusinessRuleException("seats.quota.negative", "quotas", seats);
            }
            total += seats;
        }
        if (total > seatCapacity) {
            throw new BusinessRuleException("seats.quota.aboveCapacity", "quotas", total, seatCapacity);
        }
        quotas.clear();
        seatsPerPartner.forEach((partner, seats) -> {
            if (seats > 0) {
                quotas.put(partner, seats);
            }
        });
    }

    public void changeWaitlistRules(WaitlistPriority priority, int graceDays) {
        if (priority == null) {
            throw new BusinessRuleException("seats.priority.required", "waitlistPriority");
        }
        if (graceDays < 0 || graceDays > MAX_GRACE_DAYS) {
            throw new BusinessRuleException("seats.graceDays.invalid", "promotionGraceDays", MAX_GRACE_DAYS);
        }
        this.waitlistPriority = priority;
        this.promotionGraceDays = graceDays;
    }

    /** The seats as they stand, given the session's capacity and the seats held now. */
    public SeatLedger ledger(int seatCapacity, Map<Seat, Long> held) {
        return new SeatLedger(seatCapacity, quotas, held);
    }

    /** The last day a freed seat is offered to the waitlist automatically. */
    public LocalDate lastPromotionDay(LocalDate sessionStart) {
        return sessionStart.plusDays(promotionGraceDays);
    }

    public long sessionId() {
        return sessionId;
    }

    public WaitlistPriority waitlistPriority() {
        return waitlistPriority;
    }

    public int promotionGraceDays() {
        return promotionGraceDays;
    }

    /** Seats per partner id. */
    public Map<Long, Integer> quotas() {
        return Map.copyOf(quotas);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeatPlan that && sessionId == that.sessionId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sessionId);
    }

    @Override
    public String toString() {
        return "SeatPlan of session " + sessionId;
    }
}
