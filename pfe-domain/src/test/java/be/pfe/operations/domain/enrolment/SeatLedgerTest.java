package be.pfe.operations.domain.enrolment;

import be.pfe.operations.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Quota arithmetic: a partner's quota first, then the open pool, never more than the capacity. */
class SeatLedgerTest {

    private static final long BF = 2;
    private static final long VDAB = 3;
    private static final long FUND = 5;
    private static final long ACTIRIS = 1;

    /** 18 seats: 12 for Bruxelles Formation, 4 for VDAB Brussel; a pool of 2. */
    private static SeatLedger ledger(Map<Seat, Long> held) {
        return new SeatLedger(18, Map.of(BF, 12, VDAB, 4), held);
    }

    @Test
    void theRestAfterTheQuotasIsThePool() {
        SeatLedger empty = ledger(Map.of());
        assertEquals(16, empty.quotaSeats());
        assertEquals(2, empty.poolSeats());
        assertEquals(18, empty.freeSeats());
    }

    @Test
    void takesFromThePartnersQuotaFirstThenFromThePool() {
        SeatLedger ledger = ledger(Map.of());
        assertEquals(Optional.of(Seat.ofQuota(VDAB)), ledger.seatFor(VDAB));
        ledger = ledger(Map.of(Seat.ofQuota(VDAB), 4L));
        assertEquals(Optional.of(Seat.POOL), ledger.seatFor(VDAB));
        assertEquals(Optional.of(Seat.POOL), ledger.seatFor(ACTIRIS), "a partner without quota uses the pool");
        assertEquals(Optional.of(Seat.POOL), ledger.seatFor(null));
    }

    @Test
    void whenThePoolIsTakenOnlyPartnersWithQuotaLeftGetASeat() {
        SeatLedger ledger = ledger(Map.of(Seat.ofQuota(VDAB), 4L, Seat.POOL, 2L, Seat.ofQuota(BF), 5L));
        assertEquals(11, ledger.heldSeats());
        assertEquals(7, ledger.freeSeats());
        assertEquals(Optional.empty(), ledger.seatFor(VDAB));
        assertEquals(Optional.empty(), ledger.seatFor(ACTIRIS));
        assertEquals(Optional.of(Seat.ofQuota(BF)), ledger.seatFor(BF));
    }

    @Test
    void takingSeatsOneByOneFillsExactlyTheCapacity() {
        SeatLedger ledger = ledger(Map.of());
        int admitted = 0;
        for (Long partner : List.of(BF, VDAB, ACTIRIS, FUND)) {
            for (int i = 0; i < 20; i++) {
                Optional<Seat> seat = ledger.seatFor(partner);
                if (seat.isPresent()) {
                    ledger = ledger.taking(seat.get());
                    admitted++;
                }
            }
        }
        assertEquals(18, admitted);
        assertEquals(12, ledger.heldInQuota(BF));
        assertEquals(4, ledger.heldInQuota(VDAB));
        assertEquals(2, ledger.heldInPool());
        assertEquals(0, ledger.freeSeats());
    }

    @Test
    void neverMoreThanTheCapacityEvenWhenQuotasWereLoweredBelowWhatIsHeld() {
        // the session was reduced to 10 seats after 11 were taken: nobody else gets in until it is below 10
        SeatLedger ledger = new SeatLedger(10, Map.of(BF, 12), Map.of(Seat.ofQuota(BF), 11L));
        assertEquals(Optional.empty(), ledger.seatFor(BF));
        assertEquals(0, ledger.poolSeats());
        assertEquals(0, ledger.freeSeats());
    }

    @Test
    void quotasMayNotExceedTheSeatsAndAreNotNegative() {
        SeatPlan plan = new SeatPlan(9);
        plan.changeQuotas(Map.of(BF, 12, VDAB, 4, FUND, 2), 18);
        assertEquals(0, plan.ledger(18, Map.of()).poolSeats());
        BusinessRuleException above = assertThrows(BusinessRuleException.class,
                () -> plan.changeQuotas(Map.of(BF, 12, VDAB, 7), 18));
        assertEquals("seats.quota.aboveCapacity", above.messageKey());
        assertEquals(List.of(19, 18), List.of(above.arguments()));
        assertEquals("seats.quota.negative", assertThrows(BusinessRuleException.class,
                () -> plan.changeQuotas(Map.of(BF, -1), 18)).messageKey());
        assertEquals(Map.of(BF, 12, VDAB, 4, FUND, 2), plan.quotas(), "refused quotas change nothing");
        Map<Long, Integer> withZero = new HashMap<>(Map.of(BF, 10));
        withZero.put(VDAB, 0);
        plan.changeQuotas(withZero, 18);
        assertEquals(Map.of(BF, 10), plan.quotas());
    }

    @Test
    void waitlistRulesOfASession() {
        SeatPlan plan = new SeatPlan(9);
        assertEquals(WaitlistPriority.ARRIVAL, plan.waitlistPriority());
        assertEquals(LocalDate.of(2037, 3, 2), plan.lastPromotionDay(LocalDate.of(2037, 3, 2)));
        plan.changeWaitlistRules(WaitlistPriority.REFERRED_JOBSEEKERS_FIRST, 5);
        assertEquals(LocalDate.of(2037, 3, 7), plan.lastPromotionDay(LocalDate.of(2037, 3, 2)));
        assertEquals("seats.graceDays.invalid", assertThrows(BusinessRuleException.class,
                () -> plan.changeWaitlistRules(WaitlistPriority.ARRIVAL, -1)).messageKey());
        assertEquals("seats.priority.required", assertThrows(BusinessRuleException.class,
                () -> plan.changeWaitlistRules(null, 1)).messageKey());
    }

    @Test
    void referredJobseekersFirstThenArrival() {
        WaitlistEntry early = new WaitlistEntry(1, 1, null, false, true, 10);
        WaitlistEntry referredWorker = new WaitlistEntry(2, 2, ACTIRIS, true, false, 11);
        WaitlistEntry referredJobseeker = new WaitlistEntry(3, 3, ACTIRIS, true, true, 12);
        WaitlistEntry laterReferredJobseeker = new WaitlistEntry(4, 4, ACTIRIS, true, true, 13);
        List<WaitlistEntry> all = List.of(laterReferredJobseeker, referredWorker, early, referredJobseeker);
        assertEquals(List.of(early, referredWorker, referredJobseeker, laterReferredJobseeker),
                all.stream().sorted(WaitlistPriority.ARRIVAL.order()).toList());
        assertEquals(List.of(referredJobseeker, laterReferredJobseeker, early, referredWorker),
                all.stream().sorted(WaitlistPriority.REFERRED_JOBSEEKERS_FIRST.order()).toList());
    }
}
