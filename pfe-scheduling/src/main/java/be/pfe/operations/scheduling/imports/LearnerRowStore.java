package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.enrolment.Enrolments;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.LearnerRegistration;
import be.pfe.operations.domain.learner.Learners;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.CourseSessions;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.scheduling.seats.EnrolmentWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Imports one learner row: the learner is found again (same national register number, or same name and birth date,
 * the rules of registration) or registered, then applies for the session through the partner given. A learner who
 * already has an enrolment in the session (whatever its status) gets nothing new: importing a file again creates
 * nothing twice.
 */
@ApplicationScoped
public class LearnerRowStore implements RowStore<LearnerRow> {

    private Learners learners;
    private LearnerRegistration registration;
    private EnrolmentWorkflow workflow;
    private Enrolments enrolments;
    private CourseSessions sessions;
    private PartnerOrganisations partners;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock;

    protected LearnerRowStore() {
        // for CDI
    }

    @Inject
    public LearnerRowStore(Learners learners, LearnerRegistration registration, EnrolmentWorkflow workflow,
                           Enrolments enrolments, CourseSessions sessions, PartnerOrganisations partners) {
        this(learners, registration, workflow, enrolments, sessions, partners, Clocks.system());
    }

    public LearnerRowStore(Learners learners, LearnerRegistration registration, EnrolmentWorkflow workflow,
                           Enrolments enrolments, CourseSessions sessions, PartnerOrganisations partners, Clock clock) {
        this.learners = learners;
        this.registration = registration;
        this.workflow = workflow;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.partners = partners;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RowOutcome check(LearnerRow row) {
        CourseSession session = sessions.byId(row.sessionId())
                .orElseThrow(() -> new NotFoundException("session.unknown", "session", row.sessionId()));
        if (session.status() == SessionStatus.CANCELLED || session.status() == SessionStatus.CLOSED) {
            throw new BusinessRuleException("enrolment.session.closed", "session", row.sessionId());
        }
        partner(row.partnerCode());
        Optional<Learner> known = known(row);
        if (known.isEmpty()) {
            return RowOutcome.NEW_LEARNER;
        }
        return enrolments.latestOf(known.get().id(), row.sessionId()).isPresent()
                ? RowOutcome.UNCHANGED : RowOutcome.KNOWN_LEARNER;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RowOutcome write(LearnerRow row, String actor) {
        RowOutcome outcome = check(row);
        if (outcome == RowOutcome.UNCHANGED) {
            return outcome;
        }
        Learner learner = outcome == RowOutcome.NEW_LEARNER
                ? registration.register(row.learner(), sessions.byId(row.sessionId()).orElseThrow().centre().code())
                : known(row).orElseThrow();
        workflow.apply(learner.id(), row.sessionId(), partner(row.partnerCode()), actor);
        return outcome;
    }

    /**
     * The partner a row names, by its code or its name (case, accents and punctuation aside); one that is neither is
     * refused with the codes allowed.
     */
    String partner(String written) {
        if (written == null) {
            return null;
        }
        Optional<be.pfe.operations.domain.partner.PartnerOrganisation> exact = partners.byCode(written);
        if (exact.isPresent()) {
            return exact.get().code();
        }
        String reduced = ImportColumn.reduce(written);
        java.util.List<be.pfe.operations.domain.partner.PartnerOrganisation> all = partners.all();
        return all.stream()
                .filter(p -> ImportColumn.reduce(p.code()).equals(reduced) || ImportColumn.reduce(p.name()).equals(reduced))
                .map(be.pfe.operations.domain.partner.PartnerOrganisation::code).findFirst()
                .orElseThrow(() -> new BusinessRuleException("import.partner.notAllowed", "partner", written,
                        String.join(", ", all.stream().map(be.pfe.operations.domain.partner.PartnerOrganisation::code)
                                .sorted().toList())));
    }

    /** The session and the partner a row names, checked from its cells (reported with the row's other errors). */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<RowError> references(SourceRow row) {
        java.util.List<RowError> errors = new java.util.ArrayList<>();
        Long session = sessionNumber(row.value(LearnerColumn.SESSION));
        if (session != null) {
            try {
                CourseSession found = sessions.byId(session)
                        .orElseThrow(() -> new NotFoundException("session.unknown", "session", session));
                if (found.status() == SessionStatus.CANCELLED || found.status() == SessionStatus.CLOSED) {
                    throw new BusinessRuleException("enrolment.session.closed", "session", session);
                }
            } catch (BusinessRuleException refusal) {
                errors.add(RowError.of(refusal));
            }
        }
        try {
            partner(row.value(LearnerColumn.PARTNER));
        } catch (BusinessRuleException refusal) {
            errors.add(RowError.of(refusal));
        }
        return errors;
    }

    /**
     * A session's human code as a file may write it: the course's code, then "·" (or "|", "/", " - ", a space),
     * then the first day as the sessions list shows it (2027-03-01) or as dates are typed (01/03/2027).
     */
    private static final java.util.regex.Pattern SESSION_CODE = java.util.regex.Pattern.compile(
            "(\\S+?)\\s*(?:·|\\||/|\\s-\\s|\\s)\\s*(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})");

    /**
     * The sessions a cell names by their human code ({@code TEC-ELEC-01 · 2027-03-01}, the code the sessions list
     * and the session page show), in id order: none when the cell is a number or no code. Says nothing of who may
     * import into them: the caller checks that.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<Long> sessionsCoded(String cell) {
        if (cell == null || sessionNumber(cell) != null) {
            return java.util.List.of();
        }
        java.util.regex.Matcher code = SESSION_CODE.matcher(cell.strip());
        if (!code.matches()) {
            return java.util.List.of();
        }
        LocalDate start;
        try {
            start = code.group(2).contains("/")
                    ? LocalDate.parse(code.group(2), java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu")
                            .withResolverStyle(java.time.format.ResolverStyle.STRICT))
                    : LocalDate.parse(code.group(2));
        } catch (java.time.format.DateTimeParseException notADate) {
            return java.util.List.of();
        }
        return sessions.idsByCode(code.group(1), start);
    }

    /** The row with its session's code written as the session's number, when the code names one session. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public SourceRow resolved(SourceRow row) {
        java.util.List<Long> named = sessionsCoded(row.value(LearnerColumn.SESSION));
        return named.size() == 1 ? withSession(row, named.get(0)) : row;
    }

    /** The row naming the session by this number. */
    public static SourceRow withSession(SourceRow row, long sessionId) {
        java.util.Map<ImportColumn, String> values = new java.util.HashMap<>(row.values());
        values.put(LearnerColumn.SESSION, Long.toString(sessionId));
        return new SourceRow(row.number(), values);
    }

    /** The session's number as a cell gives it, or {@code null} when it is none (reported by the row's reading). */
    static Long sessionNumber(String cell) {
        if (cell == null) {
            return null;
        }
        try {
            long id = Long.parseLong(cell.strip().replaceAll("\\.0+$", ""));
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The learner already registered: by national register number first, else by name and birth date. A learner
     * found by name and birth date with another number is not the same person as far as the file says: refused.
     */
    private Optional<Learner> known(LearnerRow row) {
        Learner read = new Learner(row.learner(), LocalDate.now(clock));
        if (read.niss().isPresent()) {
            Optional<Learner> byNumber = learners.byNiss(read.niss().get());
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        Optional<Learner> byName = learners.byNameAndBirthDate(read.nameKey(), read.birthDate());
        if (byName.isPresent() && read.niss().isPresent() && byName.get().niss().isPresent()) {
            throw new BusinessRuleException("import.learner.otherNiss", "niss", byName.get().id());
        }
        return byName;
    }
}
