package be.pfe.operations.scheduling.seats;

import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.enrolment.EnrolmentTransition;
import be.pfe.operations.domain.enrolment.Explanation;
import be.pfe.operations.domain.enrolment.Seat;
import be.pfe.operations.domain.enrolment.WaitlistPriority;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.testing.Fixtures;
import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static be.pfe.operations.domain.enrolment.EnrolmentStatus.ADMITTED;
import static be.pfe.operations.domain.enrolment.EnrolmentStatus.WAITLISTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Seats taken from quotas and the pool, the waitlist and its automatic promotion, on the real PostgreSQL. */
class SeatBookingTest {

    private static final LocalDate START = LocalDate.of(2037, 3, 2);
    private final TestDatabase database = TestDatabase.shared();
    private Seating seating = new Seating(database, Seating.clockOn(START.minusDays(20)));
    private long actiris;
    private long vdab;

    @BeforeEach
    void empty() {
        database.deleteOperationalData();
        database.transact(em -> {
            actiris = Fixtures.partner(em, "ACTIRIS").id();
            vdab = Fixtures.partner(em, "VDAB_BRUSSEL").id();
        });
    }

    private void plan(long session, Map<String, Integer> quotas, WaitlistPriority priority, int graceDays) {
        database.transact(em -> seating.booking(em).changePlan(session, quotas, priority, graceDays, "planner"));
    }

    private void dropOut(long enrolment, String reason) {
        database.transact(em -> seating.booking(em).dropOut(enrolment, START.minusDays(1), "staff", reason));
    }

    private static EnrolmentTransition last(Enrolment enrolment) {
        List<EnrolmentTransition> history = enrolment.history();
        return history.get(history.size() - 1);
    }

    @Test
    void takesThePartnersQuotaThenThePoolThenWaitlists() {
        long session = seating.session("DIG-SEAT-01", 4, START);
        plan(session, Map.of("ACTIRIS", 2), WaitlistPriority.ARRIVAL, 0);
        List<Long> viaActiris = List.of(seating.screened(session, "ACTIRIS"), seating.screened(session, "ACTIRIS"),
                seating.screened(session, "ACTIRIS"));
        long viaVdab = seating.screened(session, "VDAB_BRUSSEL");
        long direct = seating.screened(session, null);

        assertEquals(Seat.ofQuota(actiris), seating.admit(viaActiris.get(0)).seat());
        assertEquals(Seat.ofQuota(actiris), seating.admit(viaActiris.get(1)).seat());
        assertEquals(Seat.POOL, seating.admit(viaActiris.get(2)).seat());
        assertEquals(Seat.POOL, seating.admit(viaVdab).seat());
        Booking waitlisted = seating.admit(direct);
        assertEquals(WAITLISTED, waitlisted.status());
        assertNull(waitlisted.seat());
        assertEquals(1, waitlisted.waitlistPosition());
        assertEquals(new Explanation("enrolment.waitlisted.full", List.of()),
                last(seating.read(direct)).explanation());

        SeatOverview overview = database.inTransaction(em -> seating.seats(em).overview(session));
        assertEquals(4, overview.held());
        assertEquals(0, overview.free());
        assertEquals(new SeatOverview.Share(null, 2, 2), overview.pool());
        assertEquals(List.of(new SeatOverview.Share("ACTIRIS", 2, 2)), overview.quotas());
        assertEquals(1, overview.waitlisted());
    }

    @Test
    void aFreedQuotaSeatGoesToTheFirstWaitingLearnerWhoCanTakeItAndSaysWhy() {
        long session = seating.session("DIG-SEAT-02", 3, START);
        plan(session, Map.of("VDAB_BRUSSEL", 1), WaitlistPriority.ARRIVAL, 0);
        long vdabFirst = seating.screened(session, "VDAB_BRUSSEL");
        long poolOne = seating.screened(session, null);
        long poolTwo = seating.screened(session, null);
        long waitingDirect = seating.screened(session, null);
        long waitingVdab = seating.screened(session, "VDAB_BRUSSEL");
        for (long enrolment : List.of(vdabFirst, poolOne, poolTwo)) {
            assertEquals(ADMITTED, seating.admit(enrolment).status());
        }
        assertEquals(1, seating.admit(waitingDirect).waitlistPosition());
        assertEquals(2, seating.admit(waitingVdab).waitlistPosition());

        dropOut(vdabFirst, "found a job");

        // the freed seat is VDAB Brussel's: the first in line has no VDAB quota, the second has
        Enrolment promoted = seating.read(waitingVdab);
        assertEquals(ADMITTED, promoted.status());
        assertEquals(Seat.ofQuota(vdab), promoted.seat());
        EnrolmentTransition why = last(promoted);
        assertEquals(WAITLISTED, why.from());
        assertEquals("staff", why.actor());
        assertEquals(Explanation.of("enrolment.promoted.ARRIVAL.QUOTA", 2, "VDAB_BRUSSEL"), why.explanation());
        assertEquals(WAITLISTED, seating.read(waitingDirect).status());

        dropOut(poolOne, "moved abroad");
        Enrolment next = seating.read(waitingDirect);
        assertEquals(Seat.POOL, next.seat());
        assertEquals(Explanation.of("enrolment.promoted.ARRIVAL.POOL", 1, ""), last(next).explanation());
        assertEquals(3, database.count("enrolment where seat is not null"));
    }

    @Test
    void aRefusalAfterAdmissionFreesTheSeatForTheWaitlist() {
        long session = seating.session("DIG-SEAT-03", 1, START);
        long admitted = seating.screened(session, null);
        long waiting = seating.screened(session, null);
        seating.admit(admitted);
        seating.admit(waiting);
        database.transact(em -> seating.booking(em).refuse(admitted, "staff", "prerequisites missing after all"));
        assertEquals(EnrolmentStatus.REFUSED, seating.read(admitted).status());
        assertEquals(ADMITTED, seating.read(waiting).status());
    }

    @Test
    void aLearnerRemovedFromTheWaitlistLeavesItWithTheReasonAndTheNextMovesUp() {
        long session = seating.session("DIG-SEAT-WD", 1, START);
        long admitted = seating.screened(session, null);
        long first = seating.screened(session, null);
        long second = seating.screened(session, null);
        seating.admit(admitted);
        assertEquals(1, seating.admit(first).waitlistPosition());
        assertEquals(2, seating.admit(second).waitlistPosition());

        BusinessRuleException noReason = assertThrows(BusinessRuleException.class, () -> database.transact(em ->
                seating.booking(em).removeFromWaitlist(first, "staff", " ")));
        assertEquals("enrolment.reason.required", noReason.messageKey());
        assertEquals(WAITLISTED, seating.read(first).status(), "a refused removal changes nothing");

        database.transact(em -> seating.booking(em).removeFromWaitlist(first, "staff", "found a job"));
        Enrolment removed = seating.read(first);
        assertEquals(EnrolmentStatus.WITHDRAWN, removed.status());
        assertEquals("found a job", removed.outcomeReason());
        assertEquals(WAITLISTED, last(removed).from());
        assertEquals("found a job", last(removed).reason());
        List<WaitlistPlace> waitlist = database.inTransaction(em -> seating.seats(em).waitlist(session));
        assertEquals(List.of(second), waitlist.stream().map(WaitlistPlace::enrolmentId).toList());
        assertEquals(1, waitlist.get(0).position());

        BusinessRuleException notWaiting = assertThrows(BusinessRuleException.class, () -> database.transact(em ->
                seating.booking(em).removeFromWaitlist(admitted, "staff", "no")));
        assertEquals("enrolment.status.transition", notWaiting.messageKey(), "only a waiting learner is removed");

        // the learner may apply again later: a withdrawn enrolment is no longer their open one
        long again = database.inTransaction(em -> seating.workflow(em).apply(removed.learnerId(), session, null,
                "staff").id());
        assertEquals(EnrolmentStatus.APPLIED, seating.read(again).status());
        dropOut(admitted, "ill");
        assertEquals(ADMITTED, seating.read(second).status());
        assertEquals(1, database.count("enrolment where status = 'WITHDRAWN'"));
    }

    /** One seat, three days of grace; the seat holder drops out on {@code day}: what becomes of the next one? */
    private long waiterAfterADropOutOn(String course, LocalDate day) {
        long session = seating.session(course, 1, START);
        plan(session, Map.of(), WaitlistPriority.ARRIVAL, 3);
        long admitted = seating.screened(session, null);
        long waiting = seating.screened(session, null);
        seating.admit(admitted);
        seating.admit(waiting);
        seating = new Seating(database, Seating.clockOn(day));
        dropOut(admitted, "ill");
        return waiting;
    }

    @Test
    void noAutomaticPromotionAfterTheStartPlusTheGraceDays() {
        long waiting = waiterAfterADropOutOn("DIG-SEAT-04", START.plusDays(4));
        assertEquals(WAITLISTED, seating.read(waiting).status(), "four days after the start, grace is three");
        assertEquals(0, database.count("enrolment where seat is not null"), "the seat stays free for staff");
        // staff may still admit by hand
        assertEquals(ADMITTED, seating.admit(waiting).status());
    }

    @Test
    void promotionStillHappensOnTheLastDayOfGrace() {
        assertEquals(ADMITTED, seating.read(waiterAfterADropOutOn("DIG-SEAT-05", START.plusDays(3))).status());
    }

    @Test
    void referredJobseekersFirstWhenTheSessionSaysSo() {
        long session = seating.session("DIG-SEAT-06", 1, START);
        plan(session, Map.of(), WaitlistPriority.REFERRED_JOBSEEKERS_FIRST, 0);
        long admitted = seating.screened(session, null);
        seating.admit(admitted);
        long worker = seating.screened(session, null, EntryStatus.WORKER);
        long jobseekerNotReferred = seating.screened(session, null, EntryStatus.JOBSEEKER_ACTIRIS);
        long referred = database.inTransaction(em -> {
            long learner = seating.learner(EntryStatus.JOBSEEKER_ACTIRIS);
            EnrolmentWorkflow workflow = seating.workflow(em);
            long id = workflow.apply(learner, session, null, "staff").id();
            workflow.refer(id, "ACTIRIS", "counsellor.b", "matches the profile");
            workflow.screen(id, "staff", null);
            return id;
        });
        assertEquals(1, seating.admit(worker).waitlistPosition());
        assertEquals(2, seating.admit(jobseekerNotReferred).waitlistPosition());
        assertEquals(1, seating.admit(referred).waitlistPosition(), "a referred jobseeker goes ahead");
        assertEquals(List.of(referred, worker, jobseekerNotReferred), database.inTransaction(em ->
                seating.seats(em).waitlist(session).stream().map(WaitlistPlace::enrolmentId).toList()));

        dropOut(admitted, "found a job");
        Enrolment promoted = seating.read(referred);
        assertEquals(Seat.POOL, promoted.seat());
        assertEquals(Explanation.of("enrolment.promoted.REFERRED_JOBSEEKERS_FIRST.POOL", 1, ""),
                last(promoted).explanation());
        assertEquals("counsellor.b", promoted.history().get(1).actor());
        assertEquals(actiris, promoted.partnerId());
    }

    @Test
    void aTransferKeepsTheHistoryTakesASeatThereAndFreesOneHere() {
        long full = seating.session("DIG-SEAT-07", 1, START);
        long other = seating.session("DIG-SEAT-08", 2, START.plusMonths(1));
        long moving = seating.screened(full, null);
        long waiting = seating.screened(full, null);
        seating.admit(moving);
        seating.admit(waiting);

        Booking there = database.inTransaction(em ->
                seating.booking(em).transfer(moving, other, "staff", "evening group suits better"));

        assertEquals(ADMITTED, there.status());
        assertEquals(other, there.sessionId());
        Enrolment moved = seating.read(moving);
        assertEquals(List.of(EnrolmentStatus.APPLIED, EnrolmentStatus.SCREENED, ADMITTED, EnrolmentStatus.SCREENED,
                ADMITTED), moved.history().stream().map(EnrolmentTransition::to).toList());
        assertEquals(full, moved.history().get(2).sessionId());
        assertEquals(other, moved.history().get(4).sessionId());
        assertEquals("evening group suits better", moved.history().get(3).reason());
        assertEquals(ADMITTED, seating.read(waiting).status(), "the seat freed by the transfer was offered");
    }

    @Test
    void refusesBadPlansAndStepsAndWritesNothing() {
        long session = seating.session("DIG-SEAT-09", 4, START);
        assertEquals("seats.quota.aboveCapacity", assertThrows(BusinessRuleException.class,
                () -> plan(session, Map.of("ACTIRIS", 3, "VDAB_BRUSSEL", 2), WaitlistPriority.ARRIVAL, 0))
                .messageKey());
        assertEquals("partner.unknown", assertThrows(BusinessRuleException.class,
                () -> plan(session, Map.of("NOBODY", 1), WaitlistPriority.ARRIVAL, 0)).messageKey());
        assertEquals(0, database.count("session_seat_plan"));

        long enrolment = seating.screened(session, null);
        assertEquals("enrolment.alreadyOpen", assertThrows(BusinessRuleException.class, () ->
                database.transact(em -> seating.workflow(em).apply(seating.read(enrolment).learnerId(), session,
                        null, "staff"))).messageKey());
        assertEquals("enrolment.status.transition", assertThrows(BusinessRuleException.class, () ->
                database.transact(em -> seating.workflow(em).enrol(enrolment, "staff"))).messageKey());
        assertEquals("enrolment.reason.required", assertThrows(BusinessRuleException.class, () ->
                database.transact(em -> seating.booking(em).refuse(enrolment, "staff", " "))).messageKey());
        assertEquals("enrolment.unknown", assertThrows(BusinessRuleException.class,
                () -> seating.admit(987654)).messageKey());
        assertEquals(2, database.count("enrolment_transition"), "applied and screened, nothing more");
    }

    @Test
    void theWholeWayFromApplicationToCompletion() {
        long session = seating.session("DIG-SEAT-10", 2, START);
        long enrolment = seating.screened(session, "ACTIRIS");
        seating.admit(enrolment);
        database.transact(em -> seating.workflow(em).enrol(enrolment, "staff"));
        database.transact(em -> seating.workflow(em).complete(enrolment, "trainer.x"));
        Enrolment done = seating.read(enrolment);
        assertEquals(EnrolmentStatus.COMPLETED, done.status());
        assertEquals(5, done.history().size());
        assertEquals("trainer.x", last(done).actor());
        assertEquals(1, database.count("enrolment where seat is not null"), "a completed learner filled a spot");
    }
}
