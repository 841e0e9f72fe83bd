package be.pfe.operations.domain.enrolment;

import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static be.pfe.operations.domain.enrolment.EnrolmentStatus.ADMITTED;
import static be.pfe.operations.domain.enrolment.EnrolmentStatus.APPLIED;
import static be.pfe.operations.domain.enrolment.EnrolmentStatus.COMPLETED;
import static be.pfe.operations.domain.enrolment.EnrolmentStatus.DROPPED_OUT;
import static be.pfe.operations.domain.enrolment.EnrolmentStatus.ENROLLED;
import static be.pfe.operations.domain.enrolment.EnrolmentStatus.REFERRED;
import static be.pfe.operations.domain.enrolment.EnrolmentStatus.REFUSED;
import static be.pfe.operations.domain.enrolment.EnrolmentStatus.SCREENED;
import static be.pfe.operations.domain.enrolment.EnrolmentStatus.WAITLISTED;
import static be.pfe.operations.domain.enrolment.EnrolmentStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every step of the enrolment workflow, allowed and refused. */
class EnrolmentTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2037-01-05T09:00:00+01:00");
    private static final long SESSION = 7;
    private static final long ACTIRIS = 1;
    private final Learner learner = withId(new Learner(new LearnerDetails("Janssens", "Mehdi",
            LocalDate.of(2010, 3, 1), null, null, Language.FR, EntryStatus.JOBSEEKER_ACTIRIS,
            EducationLevel.LOWER_SECONDARY, null), LocalDate.of(2037, 1, 1)), 42);

    static Learner withId(Learner learner, long id) {
        try {
            Field field = Learner.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(learner, id);
            return learner;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Step step(String reason) {
        return new Step("counsellor.a", MONDAY, reason);
    }

    private Enrolment applied() {
        return new Enrolment(learner, SESSION, null, step(null));
    }

    /** An enrolment brought to the given status along the usual way. */
    private Enrolment at(EnrolmentStatus status) {
        Enrolment enrolment = applied();
        switch (status) {
            case APPLIED -> { }
            case REFERRED -> enrolment.referBy(ACTIRIS, step(null));
            case SCREENED -> enrolment.screen(step(null));
            case WAITLISTED, WITHDRAWN -> {
                enrolment.screen(step(null));
                enrolment.waitlist(3, step(null), null);
                if (status == WITHDRAWN) {
                    enrolment.removeFromWaitlist(step("found a job"));
                }
            }
            case ADMITTED, ENROLLED, COMPLETED, DROPPED_OUT -> {
                enrolment.screen(step(null));
                enrolment.admit(Seat.POOL, 1, step(null), null);
                if (status == ENROLLED || status == COMPLETED) {
                    enrolment.enrol(learner, step(null));
                }
                if (status == COMPLETED) {
                    enrolment.complete(step(null));
                }
                if (status == DROPPED_OUT) {
                    enrolment.dropOut(MONDAY.toLocalDate(), step("found a job"));
                }
            }
            case REFUSED -> enrolment.refuse(step("not eligible"));
            case SESSION_CANCELLED -> {
                enrolment.screen(step(null));
                enrolment.sessionCancelled(MONDAY.toLocalDate(), step("no trainer"));
            }
        }
        assertEquals(status, enrolment.status());
        return enrolment;
    }

    /** Each way to take a step towards a status. */
    private Consumer<Enrolment> stepTo(EnrolmentStatus target) {
        return switch (target) {
            case APPLIED -> e -> { throw new AssertionError("no step leads back to applied"); };
            case REFERRED -> e -> e.referBy(ACTIRIS, step(null));
            case SCREENED -> e -> e.screen(step(null));
            case WAITLISTED -> e -> e.waitlist(9, step(null), null);
            case ADMITTED -> e -> e.admit(Seat.POOL, 9, step(null), null);
            case ENROLLED -> e -> e.enrol(learner, step(null));
            case COMPLETED -> e -> e.complete(step(null));
            case DROPPED_OUT -> e -> e.dropOut(MONDAY.toLocalDate(), step("moved abroad"));
            case REFUSED -> e -> e.refuse(step("no prerequisites"));
            case WITHDRAWN -> e -> e.removeFromWaitlist(step("another session suits better"));
            case SESSION_CANCELLED -> e -> { throw new AssertionError("not a step: the session's cancellation"); };
        };
    }

    @ParameterizedTest
    @EnumSource(EnrolmentStatus.class)
    void everyAllowedStepIsTakenAndRecordedAndEveryOtherIsRefused(EnrolmentStatus from) {
        for (EnrolmentStatus to : EnrolmentStatus.values()) {
            if (to == APPLIED || to == EnrolmentStatus.SESSION_CANCELLED) {
                continue; // no step leads back to applied; a session's cancellation is tested below
            }
            Enrolment enrolment = at(from);
            int steps = enrolment.history().size();
            if (from.next().contains(to)) {
                stepTo(to).accept(enrolment);
                assertEquals(to, enrolment.status());
                assertEquals(steps + 1, enrolment.history().size());
                EnrolmentTransition last = enrolment.history().get(steps);
                assertEquals(from, last.from());
                assertEquals(to, last.to());
                assertEquals("counsellor.a", last.actor());
                assertEquals(MONDAY, last.occurredAt());
                assertEquals(SESSION, last.sessionId());
                assertEquals(steps + 1, last.stepNumber());
            } else {
                BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                        () -> stepTo(to).accept(enrolment), from + " -> " + to);
                assertEquals("enrolment.status.transition", refused.messageKey());
                assertArrayEquals(new Object[] {from, to}, refused.arguments());
                assertEquals(from, enrolment.status(), "a refused step changes nothing");
                assertEquals(steps, enrolment.history().size());
            }
        }
    }

    @Test
    void theWorkflowAllowsExactlyTheseSteps() {
        assertEquals(EnumSet.of(REFERRED, SCREENED, REFUSED), APPLIED.next());
        assertEquals(EnumSet.of(SCREENED, REFUSED), REFERRED.next());
        assertEquals(EnumSet.of(ADMITTED, WAITLISTED, REFUSED), SCREENED.next());
        assertEquals(EnumSet.of(ADMITTED, REFUSED, WITHDRAWN), WAITLISTED.next());
        assertEquals(EnumSet.of(ENROLLED, DROPPED_OUT, REFUSED), ADMITTED.next());
        assertEquals(EnumSet.of(COMPLETED, DROPPED_OUT), ENROLLED.next());
        assertTrue(COMPLETED.isFinal() && DROPPED_OUT.isFinal() && REFUSED.isFinal() && WITHDRAWN.isFinal());
        assertEquals(EnumSet.of(ADMITTED, ENROLLED, COMPLETED),
                EnumSet.copyOf(List.of(EnrolmentStatus.values()).stream().filter(EnrolmentStatus::holdsSeat).toList()));
    }

    @Test
    void aWaitlistedLearnerIsRemovedFromTheWaitlistOnlyWithAReason() {
        Enrolment enrolment = at(WAITLISTED);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> enrolment.removeFromWaitlist(step("  ")));
        assertEquals("enrolment.reason.required", refused.messageKey());
        assertEquals(WAITLISTED, enrolment.status());
        enrolment.removeFromWaitlist(step("found a job"));
        assertEquals(WITHDRAWN, enrolment.status());
        assertEquals("found a job", enrolment.outcomeReason());
        assertEquals("found a job", enrolment.history().get(enrolment.history().size() - 1).reason());
        assertNull(enrolment.seat());
    }

    @Test
    void theApplicationIsTheFirstStepWithTheTargetGroupsOfThatDay() {
        Enrolment enrolment = applied();
        assertEquals(APPLIED, enrolment.status());
        assertEquals(1, enrolment.history().size());
        assertNull(enrolment.history().get(0).from());
        // 26 and a jobseeker without upper-secondary diploma on 5 January 2037
        assertEquals(EnumSet.of(TargetGroup.YOUNG, TargetGroup.NEET, TargetGroup.LOW_SKILLED, TargetGroup.JOBSEEKER),
                enrolment.targetGroups());
    }

    @Test
    void aReferralSetsThePartnerWhoseQuotaIsUsed() {
        Enrolment enrolment = at(REFERRED);
        assertEquals(ACTIRIS, enrolment.partnerId());
        assertTrue(enrolment.referred());
    }

    @Test
    void admissionHoldsASeatUntilTheLearnerDropsOutOrIsRefused() {
        Enrolment admitted = at(ADMITTED);
        assertEquals(Seat.POOL, admitted.seat());
        assertEquals(1L, admitted.arrival());
        Enrolment dropped = at(ENROLLED);
        assertEquals(Seat.POOL, dropped.dropOut(LocalDate.of(2037, 2, 1), step("found a job")));
        assertNull(dropped.seat());
        assertEquals("found a job", dropped.outcomeReason());
        assertEquals(LocalDate.of(2037, 2, 1), dropped.outcomeDate());
        Enrolment refusedAfterAdmission = at(ADMITTED);
        assertEquals(Seat.POOL, refusedAfterAdmission.refuse(step("prerequisites missing after all")));
        assertNull(refusedAfterAdmission.seat());
        assertNull(at(SCREENED).refuse(step("not eligible")), "no seat to give back");
    }

    @Test
    void aPromotedLearnerKeepsTheirArrival() {
        Enrolment waiting = at(WAITLISTED);
        waiting.admit(Seat.ofQuota(ACTIRIS), 12, step(null), Explanation.of("enrolment.promoted.ARRIVAL", 1));
        assertEquals(3L, waiting.arrival());
        assertEquals(Seat.ofQuota(ACTIRIS), waiting.seat());
        assertEquals(Explanation.of("enrolment.promoted.ARRIVAL", 1), waiting.history().get(3).explanation());
    }

    @Test
    void refusalsAndDropOutsNeedAReasonAndADropOutADate() {
        assertEquals("enrolment.reason.required",
                assertThrows(BusinessRuleException.class, () -> at(SCREENED).refuse(step(" "))).messageKey());
        assertEquals("enrolment.reason.required", assertThrows(BusinessRuleException.class,
                () -> at(ENROLLED).dropOut(LocalDate.of(2037, 2, 1), step(null))).messageKey());
        assertEquals("enrolment.dropOut.dateRequired", assertThrows(BusinessRuleException.class,
                () -> at(ENROLLED).dropOut(null, step("ill"))).messageKey());
        assertEquals("enrolment.dropOut.beforeApplication", assertThrows(BusinessRuleException.class,
                () -> at(ENROLLED).dropOut(LocalDate.of(2036, 12, 31), step("ill"))).messageKey());
        Enrolment enrolled = at(ENROLLED);
        assertThrows(BusinessRuleException.class, () -> enrolled.dropOut(null, step("ill")));
        assertEquals(ENROLLED, enrolled.status());
        assertEquals(Seat.POOL, enrolled.seat(), "a refused drop-out keeps the seat");
    }

    @Test
    void everyStepSaysWho() {
        assertEquals("enrolment.actor.required",
                assertThrows(BusinessRuleException.class, () -> new Step(" ", MONDAY, null)).messageKey());
        assertEquals("enrolment.reason.tooLong",
                assertThrows(BusinessRuleException.class, () -> new Step("a", MONDAY, "x".repeat(501))).messageKey());
    }

    @Test
    void aTransferKeepsTheHistoryAndAsksForASeatInTheOtherSession() {
        Enrolment enrolled = at(ENROLLED);
        int steps = enrolled.history().size();
        assertEquals(Seat.POOL, enrolled.transferTo(8, step("evening group suits better")));
        assertEquals(8, enrolled.sessionId());
        assertEquals(SCREENED, enrolled.status());
        assertNull(enrolled.seat());
        assertNull(enrolled.arrival());
        assertEquals(steps + 1, enrolled.history().size());
        EnrolmentTransition transfer = enrolled.history().get(steps);
        assertEquals(ENROLLED, transfer.from());
        assertEquals(SCREENED, transfer.to());
        assertEquals(8, transfer.sessionId());
        assertEquals(Explanation.of("enrolment.transferred", SESSION, 8), transfer.explanation());
        assertEquals(SESSION, enrolled.history().get(0).sessionId(), "earlier steps stay with the first session");

        Enrolment applied = applied();
        assertNull(applied.transferTo(8, step(null)));
        assertEquals(APPLIED, applied.status(), "an application moves as it is");
    }

    @Test
    void refusesToTransferAFinishedEnrolmentOrToTheSameSession() {
        for (EnrolmentStatus finished : Set.of(COMPLETED, DROPPED_OUT, REFUSED)) {
            assertEquals("enrolment.transfer.finished", assertThrows(BusinessRuleException.class,
                    () -> at(finished).transferTo(8, step(null))).messageKey());
        }
        assertEquals("enrolment.transfer.sameSession", assertThrows(BusinessRuleException.class,
                () -> at(SCREENED).transferTo(SESSION, step(null))).messageKey());
    }

    @ParameterizedTest
    @EnumSource(EnrolmentStatus.class)
    void theSessionsCancellationEndsEveryOpenEnrolmentWithItsReasonAndReturnsTheSeat(EnrolmentStatus from) {
        Enrolment enrolment = at(from);
        int steps = enrolment.history().size();
        boolean changed = enrolment.sessionCancelled(MONDAY.toLocalDate(), step("no trainer found"));
        if (from.isFinal()) {
            assertEquals(false, changed);
            assertEquals(from, enrolment.status(), "a finished enrolment stays as it was");
            assertEquals(steps, enrolment.history().size());
            return;
        }
        assertEquals(true, changed);
        assertEquals(EnrolmentStatus.SESSION_CANCELLED, enrolment.status());
        assertNull(enrolment.seat(), "the seat is returned");
        assertEquals("no trainer found", enrolment.outcomeReason());
        assertEquals(MONDAY.toLocalDate(), enrolment.outcomeDate());
        EnrolmentTransition last = enrolment.history().get(steps);
        assertEquals(from, last.from());
        assertEquals(EnrolmentStatus.SESSION_CANCELLED, last.to());
        assertEquals("no trainer found", last.reason());
        assertTrue(EnrolmentStatus.SESSION_CANCELLED.isFinal());
        assertFalse(EnrolmentStatus.SESSION_CANCELLED.holdsSeat());
    }

    @Test
    void theSessionsCancellationNeedsAReason() {
        Enrolment enrolment = at(ADMITTED);
        assertEquals("enrolment.reason.required", assertThrows(BusinessRuleException.class,
                () -> enrolment.sessionCancelled(MONDAY.toLocalDate(), step(null))).messageKey());
        assertEquals(ADMITTED, enrolment.status());
    }
}
