package be.pfe.operations.scheduling.screening;

import be.pfe.operations.domain.centre.JpaCentres;
import be.pfe.operations.domain.course.JpaCourses;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.enrolment.EnrolmentTransition;
import be.pfe.operations.domain.enrolment.JpaEnrolments;
import be.pfe.operations.domain.learner.JpaLearners;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.screening.JpaScreenings;
import be.pfe.operations.domain.screening.Recommendation;
import be.pfe.operations.domain.screening.Screening;
import be.pfe.operations.domain.screening.ScreeningDetails;
import be.pfe.operations.domain.session.JpaCourseSessions;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.scheduling.seats.Seating;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A screening feeds the enrolment's "screened" step, in the same transaction (dates in 2046). */
class ScreeningRecordingTest {

    private static final LocalDate SCREENED_ON = LocalDate.of(2046, 1, 14);
    private final TestDatabase database = TestDatabase.shared();
    private final Clock clock = Seating.clockOn(LocalDate.of(2046, 1, 15));
    private final Seating seating = new Seating(database, clock);
    private long session;
    private long learner;
    private long enrolment;

    @BeforeEach
    void aLearnerWhoAppliedForASession() {
        database.deleteOperationalData();
        session = seating.session("DIG-SCR-46", 12, LocalDate.of(2046, 2, 2));
        learner = seating.learner(EntryStatus.JOBSEEKER_ACTIRIS);
        enrolment = database.inTransaction(em -> seating.workflow(em).apply(learner, session, null, "staff").id());
    }

    private ScreeningRecording recording(EntityManager em) {
        return new ScreeningRecording(new JpaScreenings(em), new JpaLearners(em), new JpaCentres(em), new JpaCourses(em),
                new JpaEnrolments(em), new JpaCourseSessions(em), seating.workflow(em), seating.booking(em), clock);
    }

    private ScreeningDetails details(long who, Long enrolmentId, Recommendation recommendation) {
        return new ScreeningDetails(who, "DIGITALCITY", null, null, enrolmentId, SCREENED_ON, "Hugo Assessor",
                "numeracy, literacy, HTML basics", "62/100", recommendation);
    }

    private Screening record(ScreeningDetails details) {
        return database.inTransaction(em -> recording(em).record(details, "staff.digitalcity"));
    }

    @Test
    void screeningAnAppliedEnrolmentMovesItToScreenedCitingTheRecommendation() {
        Screening screening = record(details(learner, enrolment, Recommendation.ADMIT_WITH_PREREQUISITES));
        Enrolment read = seating.read(enrolment);
        assertEquals(EnrolmentStatus.SCREENED, read.status());
        EnrolmentTransition step = read.history().get(read.history().size() - 1);
        assertEquals(EnrolmentStatus.SCREENED, step.to());
        assertEquals("staff.digitalcity", step.actor());
        assertEquals("screening #" + screening.id() + " (2046-01-14): ADMIT_WITH_PREREQUISITES", step.reason());
        database.transact(em -> {
            Screening stored = new JpaScreenings(em).byId(screening.id()).orElseThrow();
            assertEquals(enrolment, stored.enrolmentId());
            assertEquals("DIG-SCR-46", stored.course().code(), "the course of the enrolment's session");
            assertEquals(Recommendation.ADMIT_WITH_PREREQUISITES, stored.recommendation());
            assertEquals("staff.digitalcity", stored.recordedBy());
        });
    }

    @Test
    void aReferredEnrolmentIsScreenedToo() {
        database.transact(em -> seating.workflow(em).refer(enrolment, "ACTIRIS", "counsellor", null));
        record(details(learner, enrolment, Recommendation.ADMIT));
        assertEquals(EnrolmentStatus.SCREENED, seating.read(enrolment).status());
    }

    @Test
    void orientingElsewhereScreensThenRefusesTheEnrolmentWithTheSameReason() {
        Screening screening = record(details(learner, enrolment, Recommendation.ORIENT_ELSEWHERE));
        Enrolment read = seating.read(enrolment);
        assertEquals(List.of(EnrolmentStatus.APPLIED, EnrolmentStatus.SCREENED, EnrolmentStatus.REFUSED),
                read.history().stream().map(EnrolmentTransition::to).toList());
        assertEquals("screening #" + screening.id() + " (2046-01-14): ORIENT_ELSEWHERE", read.outcomeReason());
    }

    @Test
    void anEnrolmentThatNoLongerAwaitsItsScreeningIsRefusedAndNothingIsWritten() {
        database.transact(em -> seating.workflow(em).screen(enrolment, "staff", null));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> record(details(learner, enrolment, Recommendation.ADMIT)));
        assertEquals("screening.enrolment.notAwaiting", refused.messageKey());
        assertEquals(0L, database.count("screening"));
        assertEquals(2, seating.read(enrolment).history().size());
    }

    @Test
    void anotherLearnersEnrolmentIsRefused() {
        long other = seating.learner(EntryStatus.JOBSEEKER_VDAB);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> record(details(other, enrolment, Recommendation.ADMIT)));
        assertEquals("screening.enrolment.otherLearner", refused.messageKey());
        assertEquals(EnrolmentStatus.APPLIED, seating.read(enrolment).status());
        assertEquals(0L, database.count("screening"));
    }

    @Test
    void aScreeningForAnOccupationAloneNeedsNoEnrolmentButNeedsASubject() {
        Screening screening = record(new ScreeningDetails(learner, "DIGITALCITY", null, "Network technician", null,
                SCREENED_ON, "Hugo Assessor", null, null, Recommendation.ADMIT));
        database.transact(em -> assertNull(new JpaScreenings(em).byId(screening.id()).orElseThrow().course()));
        assertEquals("screening.subject.required", assertThrows(BusinessRuleException.class, () -> record(
                new ScreeningDetails(learner, "DIGITALCITY", null, " ", null, SCREENED_ON, "Hugo", null, null,
                        Recommendation.ADMIT))).messageKey());
        assertEquals("screening.date.future", assertThrows(BusinessRuleException.class, () -> record(
                new ScreeningDetails(learner, "DIGITALCITY", null, "Welder", null, LocalDate.of(2046, 1, 16), "Hugo",
                        null, null, Recommendation.ADMIT))).messageKey());
        assertEquals(1L, database.count("screening"));
        assertEquals(EnrolmentStatus.APPLIED, seating.read(enrolment).status());
    }
}
