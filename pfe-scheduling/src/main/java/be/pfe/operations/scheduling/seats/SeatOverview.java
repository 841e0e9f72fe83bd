package be.pfe.operations.scheduling.seats;

import be.pfe.operations.domain.enrolment.WaitlistPriority;

import java.time.LocalDate;
import java.util.List;

/**
 * The seats of a session as staff see them: in all, per partner quota and in the open pool, held and free, with
 * the waitlist's rules.
 *
 * @param lastPromotionDay the last day a freed seat is offered to the waitlist automatically
 */
public record SeatOverview(long sessionId, int seatCapacity, long held, long free, Share pool, List<Share> quotas,
                           int waitlisted, WaitlistPriority waitlistPriority, int promotionGraceDays,
                           LocalDate lastPromotionDay) {

    /** One share of the seats: a partner's quota ({@code partner} is its code) or the pool ({@code null}). */
    public record Share(String partner, int seats, long held) {

        public long free() {
            return Math.max(0, seats - held);
        }
    }
}
