package be.pfe.operations.scheduling.validation;

import be.pfe.operations.domain.notification.Notices;
import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.enrolment.Enrolments;
import be.pfe.operations.domain.enrolment.SessionSeatFacts;
import be.pfe.operations.domain.learner.Learners;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.CourseSessions;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.validation.ValidationCandidate;
import be.pfe.operations.domain.validation.ValidationCandidates;
import be.pfe.operations.domain.validation.ValidationResult;
import be.pfe.operations.domain.notification.MessageKind;
import be.pfe.operations.domain.notification.NotificationCause;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The candidates of a skills validation session: registered up to the session's seats (under the session's lock,
 * like seat booking, so two desks cannot fill the last seat twice), each learner once; their results recorded for
 * the whole session at once, from the day of the test on; a pass gets a skills certificate whose number is typed
 * by staff or given as the next of the centre's yearly series ({@code DIGITALCITY-2047-00001}), unique.
 */
@ApplicationScoped
@Transactional
public class ValidationCandidacies {

    private ValidationCandidates candidates;
    private Enrolments enrolments;
    private CourseSessions sessions;
    private Learners learners;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock;

    protected ValidationCandidacies() {
        // for CDI
    }

    /** The messages a change causes, written to the outbox in its transaction (none outside a container). */
    @Inject
    Notices notices = Notices.NONE;

    @Inject
    public ValidationCandidacies(ValidationCandidates candidates, Enrolments enrolments, CourseSessions sessions,
                                 Learners learners) {
        this(candidates, enrolments, sessions, learners, Clocks.system());
    }

    public ValidationCandidacies(ValidationCandidates candidates, Enrolments enrolments, CourseSessions sessions,
                                 Learners learners, Clock clock) {
        this.candidates = candidates;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.learners = learners;
        this.clock = clock;
    }

    /** Registers a learner as a candidate; refused beyond the session's seats, or twice for the same learner. */
    @UseCase(Access.PLANNING)
    public ValidationCandidate add(@Names(RecordKind.SESSION) long sessionId, @Names(RecordKind.LEARNER) long learnerId, String actor) {
        SessionSeatFacts session = lockValidation(sessionId);
        if (!session.takesLearners()) {
            throw new BusinessRuleException("validation.session.closed", "session", sessionId);
        }
        learners.byId(learnerId).orElseThrow(() -> new NotFoundException("learner.unknown", "learner", learnerId));
        if (candidates.of(sessionId, learnerId).isPresent()) {
            throw new BusinessRuleException("validation.candidate.already", "learner", learnerId);
        }
        if (candidates.ofSession(sessionId).size() >= session.seatCapacity()) {
            throw new BusinessRuleException("validation.session.full", "learner", session.seatCapacity());
        }
        ValidationCandidate candidate = candidates.add(new ValidationCandidate(sessionId, learnerId, actor));
        notices.tell(NotificationCause.ofCandidate(MessageKind.VALIDATION_CONVOCATION, sessionId, learnerId, null, null, actor));
        return candidate;
    }

    /**
     * Records the results of the session's candidates given (the grid), in one transaction: one line refused
     * refuses them all. Passes without a certificate number get the next number of the series.
     */
    @UseCase(Access.PLANNING)
    public List<ValidationCandidate> recordResults(@Names(RecordKind.SESSION) long sessionId, List<CandidateResult> results, String actor) {
        SessionSeatFacts facts = lockValidation(sessionId);
        CourseSession session = sessions.byId(sessionId).orElseThrow();
        LocalDate testDate = facts.startDate();
        LocalDate today = LocalDate.now(clock);
        Map<Long, ValidationCandidate> ofSession = candidates.ofSession(sessionId).stream()
                .collect(Collectors.toMap(ValidationCandidate::id, Function.identity()));
        Set<String> numbersInGrid = new HashSet<>();
        CertificateSeries series = new CertificateSeries(session.centre().code() + "-" + testDate.getYear() + "-");
        for (CandidateResult line : results) {
            ValidationCandidate candidate = ofSession.get(line.candidateId());
            if (candidate == null) {
                throw new NotFoundException("validation.candidate.unknown", "candidate", line.candidateId());
            }
            String number = null;
            LocalDate date = null;
            if (line.result() == ValidationResult.PASSED) {
                date = line.certificateDate() == null ? testDate : line.certificateDate();
                number = line.certificateNumber() == null || line.certificateNumber().isBlank()
                        ? keptOrNext(candidate, series) : line.certificateNumber().strip();
                if (!numbersInGrid.add(number) || candidates.certificateTaken(number, candidate.id())) {
                    throw new BusinessRuleException("validation.certificate.numberTaken", "certificateNumber", number);
                }
            }
            ValidationResult before = candidate.result();
            candidate.record(line.result(), number, date, testDate, today, actor);
            if (line.result() != ValidationResult.PENDING && line.result() != before) {
                notices.tell(NotificationCause.ofCandidate(MessageKind.VALIDATION_RESULT, sessionId, candidate.learnerId(),
                        line.result().name(), number, actor));
            }
        }
        return candidates.ofSession(sessionId);
    }

    /** A candidate who already holds a certificate keeps its number; others get the next one of the series. */
    private static String keptOrNext(ValidationCandidate candidate, CertificateSeries series) {
        return candidate.certificateNumber() != null ? candidate.certificateNumber() : series.next();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @UseCase(Access.PERSONAL_DATA)
    public List<ValidationCandidate> ofSession(@Names(RecordKind.SESSION) long sessionId) {
        CourseSession session = sessions.byId(sessionId)
                .orElseThrow(() -> new NotFoundException("session.unknown", "session", sessionId));
        if (!session.course().isValidationUnit()) {
            throw new BusinessRuleException("validation.session.notValidation", "session", sessionId);
        }
        return candidates.ofSession(sessionId);
    }

    /**
     * The numbers handed out while recording one grid: the first is read from the database (the series then stays
     * locked until the transaction ends), the next ones follow it.
     */
    private final class CertificateSeries {
        private final String prefix;
        private int last = -1;

        CertificateSeries(String prefix) {
            this.prefix = prefix;
        }

        String next() {
            if (last < 0) {
                String first = candidates.nextCertificateNumber(prefix);
                last = Integer.parseInt(first.substring(prefix.length()));
                return first;
            }
            last++;
            return prefix + String.format("%05d", last);
        }
    }

    private SessionSeatFacts lockValidation(long sessionId) {
        SessionSeatFacts session = enrolments.lockSession(sessionId)
                .orElseThrow(() -> new NotFoundException("session.unknown", "session", sessionId));
        if (!session.validation()) {
            throw new BusinessRuleException("validation.session.notValidation", "session", sessionId);
        }
        return session;
    }
}
