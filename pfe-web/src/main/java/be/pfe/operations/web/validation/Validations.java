package be.pfe.operations.web.validation;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.Learners;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.validation.ValidationCandidate;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.scheduling.validation.CandidateResult;
import be.pfe.operations.scheduling.validation.PlanValidation;
import be.pfe.operations.scheduling.validation.ValidationCandidacies;
import be.pfe.operations.scheduling.validation.ValidationPlanning;
import be.pfe.operations.scheduling.validation.ValidationSessionRow;
import be.pfe.operations.domain.access.RecordAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * What the page and the API do with skills validations, with the access rules of sessions: centre staff plan and
 * record in their centre; those who read a centre's records see its validation sessions; the candidates' names
 * need access to the centre's personal data.
 */
@ApplicationScoped
@Transactional
public class Validations {

    @Inject
    ValidationPlanning planning;
    @Inject
    ValidationCandidacies candidacies;
    @Inject
    Learners learners;
    @Inject
    Centres centres;
    @Inject
    be.pfe.operations.domain.course.Courses courses;
    @Inject
    RecordAccess access;
    @Inject
    Actor actor;

    /** The validation sessions from a day on, of one centre or of every centre the user reads. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ValidationSessionRow> sessions(String centreCode, LocalDate from) {
        if (centreCode != null) {
            if (centres.byCode(centreCode).isEmpty()) {
                throw new NotFoundException("centre.unknown", "centre", centreCode);
            }
            actor.require(Access.RECORDS, centreCode);
            return planning.sessions(centreCode, from);
        }
        Actor.CentreScope scope = actor.scope(Access.RECORDS);
        if (scope.none()) {
            throw new AccessDeniedException(Access.RECORDS, null);
        }
        return planning.sessions(null, from).stream().filter(row -> scope.includes(row.centreCode())).toList();
    }

    /** The units of competence of the catalogue (courses of kind VALIDATION), by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<be.pfe.operations.domain.course.Course> units() {
        return courses.all().stream().filter(be.pfe.operations.domain.course.Course::isValidationUnit).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ValidationSessionRow session(long sessionId) {
        access.toSession(Access.RECORDS, sessionId);
        return planning.session(sessionId).orElseThrow(() -> new NotFoundException("validation.session.unknown", null, sessionId));
    }

    /** Plans the session with its test time; conflicts refuse it, explained, and nothing is saved. */
    public ValidationSessionRow plan(PlanValidation request, ConflictGate.Acceptance acceptance) {
        actor.requireAny(Access.PLANNING);
        if (request.centreCode() == null || request.centreCode().isBlank()) {
            throw new be.pfe.operations.domain.shared.BusinessRuleException("session.centre.required", "centre");
        }
        actor.require(Access.PLANNING, request.centreCode());
        return planning.session(planning.plan(request, acceptance).id()).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CandidateDto> candidates(long sessionId) {
        access.toSession(Access.PERSONAL_DATA, sessionId);
        return candidacies.ofSession(sessionId).stream().map(this::view).toList();
    }

    public CandidateDto addCandidate(long sessionId, Long learnerId) {
        access.toSession(Access.PLANNING, sessionId);
        if (learnerId == null) {
            throw new be.pfe.operations.domain.shared.BusinessRuleException("validation.learner.required", "learner");
        }
        return view(candidacies.add(sessionId, learnerId, actor.username()));
    }

    public List<CandidateDto> recordResults(long sessionId, List<CandidateResult> results) {
        access.toSession(Access.PLANNING, sessionId);
        return candidacies.recordResults(sessionId, results, actor.username()).stream().map(this::view).toList();
    }

    private CandidateDto view(ValidationCandidate candidate) {
        Learner learner = learners.byId(candidate.learnerId()).orElseThrow();
        return new CandidateDto(candidate.id(), candidate.learnerId(),
                learner.givenName() + " " + learner.familyName(), candidate.result().name(),
                candidate.certificateNumber(), candidate.certificateDate(), candidate.recordedBy(),
                candidate.recordedAt());
    }
}
