package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.calendar.PublicHoliday;
import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.course.CourseKind;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.enrolment.EnrolmentTransition;
import be.pfe.operations.domain.enrolment.JpaEnrolments;
import be.pfe.operations.domain.enrolment.Seat;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.JpaLearners;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static be.pfe.operations.scheduling.imports.HistoryColumns.Course;
import static be.pfe.operations.scheduling.imports.HistoryColumns.Session;

/**
 * Checks and writes one row of a historical file on an entity manager (the caller holds the transaction: one per
 * row). A row whose (source, kind, external id) is known already changes nothing. Past records are taken as they
 * happened: a closed day is reported as a warning, never refused; the workflow's rules still apply to the days of an
 * enrolment's steps (in order, none before the application, none after today). Steps dated beyond the back-dating
 * window are marked back-dated.
 */
public final class HistoryRows {

    /** Outcomes that end an enrolment, with the step they are. */
    private static final Set<EnrolmentStatus> OUTCOMES = EnumSet.of(EnrolmentStatus.COMPLETED,
            EnrolmentStatus.DROPPED_OUT, EnrolmentStatus.REFUSED, EnrolmentStatus.WITHDRAWN,
            EnrolmentStatus.SESSION_CANCELLED);

    private final EntityManager em;
    private final Clock clock;
    private final int windowDays;
    private final ValueLabels labels;
    private final Map<String, Optional<Long>> codes;

    public HistoryRows(EntityManager em, Clock clock, int windowDays, ValueLabels labels) {
        this(em, clock, windowDays, labels, new HashMap<>());
    }

    /**
     * The same, with the ids of partners and centres by code already looked up in this import ({@code codes}, kept by
     * the caller for one import: reference data does not change meanwhile).
     */
    public HistoryRows(EntityManager em, Clock clock, int windowDays, ValueLabels labels,
                       Map<String, Optional<Long>> codes) {
        this.em = em;
        this.clock = clock;
        this.windowDays = windowDays;
        this.labels = labels == null ? ValueLabels.NONE : labels;
        this.codes = codes;
    }

    /** What the row would do, with every problem it has; writes nothing. {@code pending}: rows of the same upload. */
    public HistoryRow check(HistoryKind kind, SourceRow row, Set<String> pending) {
        return handle(kind, row, null, pending);
    }

    /** Writes the row (in the caller's transaction) and says what it did; a refused row writes nothing. */
    public HistoryRow write(HistoryKind kind, SourceRow row, String actor) {
        // a row is one small transaction of many: its commit need not wait for the disk (a crash loses at most the
        // last rows, which importing the file again brings back: the import is idempotent)
        em.createNativeQuery("set local synchronous_commit = off").executeUpdate();
        return handle(kind, row, actor, Set.of());
    }

    /** The key of a row among those of an upload that a later row may refer to. */
    public static String pendingKey(HistoryKind kind, String source, String externalId) {
        return kind.name() + "|" + source + "|" + externalId;
    }

    private HistoryRow handle(HistoryKind kind, SourceRow row, String actor, Set<String> pending) {
        RowValues values = new RowValues(row, labels);
        List<RowError> warnings = new ArrayList<>();
        ImportColumn sourceColumn = kind.columns().get(0);
        ImportColumn idColumn = kind.columns().get(1);
        String source = values.text(sourceColumn);
        String externalId = values.text(idColumn);
        if (source != null && partnerId(source) == null) {
            values.add(new RowError(sourceColumn.key(), "history.source.unknown", List.of(source)));
        }
        if (externalId != null && externalId.length() > 100) {
            values.add(new RowError(idColumn.key(), "import.value.invalid", List.of(idColumn.key(), externalId)));
        }
        if (source != null && externalId != null && values.valid()) {
            Optional<Long> known = reference(source, kind, externalId);
            if (known.isPresent()) {
                return new HistoryRow(row.number(), source, externalId, HistoryOutcome.UNCHANGED, known.get(),
                        List.of(), List.of());
            }
        }
        Writer writer = switch (kind) {
            case COURSES -> course(values, source);
            case SESSIONS -> session(values, source, pending, warnings);
            case LEARNERS -> learner(values);
            case ENROLMENTS -> enrolment(values, source, pending);
        };
        if (!values.valid() || writer == null) {
            return new HistoryRow(row.number(), source, externalId, HistoryOutcome.ERROR, null, values.errors(),
                    warnings);
        }
        if (actor == null) {
            return new HistoryRow(row.number(), source, externalId, writer.outcome(), writer.existing(), List.of(),
                    warnings);
        }
        long id = writer.existing() != null ? writer.existing() : writer.write(actor);
        em.createNativeQuery("""
                        insert into external_reference (source, kind, external_id, internal_id, imported_by)
                        values (?, ?, ?, ?, ?)""")
                .setParameter(1, source).setParameter(2, kind.name()).setParameter(3, externalId)
                .setParameter(4, id).setParameter(5, actor).executeUpdate();
        return new HistoryRow(row.number(), source, externalId, writer.outcome(), id, List.of(), warnings);
    }

    /** What writing a row does: link to a record already there, or make a new one. */
    private interface Writer {
        HistoryOutcome outcome();

        Long existing();

        long write(String actor);
    }

    private static Writer linked(long id) {
        return new Writer() {
            public HistoryOutcome outcome() {
                return HistoryOutcome.LINKED;
            }

            public Long existing() {
                return id;
            }

            public long write(String actor) {
                return id;
            }
        };
    }

    private interface Maker {
        long write(String actor);
    }

    private static Writer made(Maker maker) {
        return new Writer() {
            public HistoryOutcome outcome() {
                return HistoryOutcome.NEW;
            }

            public Long existing() {
                return null;
            }

            public long write(String actor) {
                return maker.write(actor);
            }
        };
    }

    // ---- courses

    private Writer course(RowValues values, String source) {
        String code = values.text(Course.CODE);
        String fr = values.text(Course.TITLE_FR);
        String nl = values.text(Course.TITLE_NL);
        String en = values.text(Course.TITLE_EN);
        CourseKind kind = values.choice(Course.KIND, CourseKind.class);
        String partner = values.text(Course.PARTNER);
        Long partnerId = partner == null ? null : partnerId(partner);
        if (partner != null && partnerId == null) {
            values.add(new RowError(Course.PARTNER.key(), "history.partner.unknown", List.of(partner)));
        }
        Sector sector = values.choice(Course.SECTOR, Sector.class);
        Integer hours = positive(values, Course.HOURS);
        Language language = values.choice(Course.LANGUAGE, Language.class);
        if (fr == null && nl == null && en == null) {
            values.add(new RowError(Course.TITLE_FR.key(), "history.course.title", List.of()));
        }
        if (code != null && code.length() > 40) {
            values.add(new RowError(Course.CODE.key(), "import.value.invalid", List.of(Course.CODE.key(), code)));
        }
        if (!values.valid()) {
            return null;
        }
        Optional<Long> known = single("select id from course where code = ?", code);
        if (known.isPresent()) {
            return linked(known.get());
        }
        return made(actor -> ((Number) em.createNativeQuery("""
                        insert into course (code, title_fr, title_nl, title_en, sector, duration_hours,
                                            providing_partner_id, kind, teaching_language)
                        values (?, cast(? as varchar), cast(? as varchar), cast(? as varchar), ?, ?, ?, ?, ?)
                        returning id""")
                .setParameter(1, code).setParameter(2, fr).setParameter(3, nl).setParameter(4, en)
                .setParameter(5, sector.name()).setParameter(6, hours).setParameter(7, partnerId)
                .setParameter(8, kind.name()).setParameter(9, language.name()).getSingleResult()).longValue());
    }

    // ---- sessions

    private Writer session(RowValues values, String source, Set<String> pending, List<RowError> warnings) {
        String course = values.text(Session.COURSE);
        Long courseId = null;
        boolean coursePending = false;
        if (course != null && source != null) {
            courseId = reference(source, HistoryKind.COURSES, course)
                    .or(() -> single("select id from course where code = ?", course)).orElse(null);
            coursePending = courseId == null && pending.contains(pendingKey(HistoryKind.COURSES, source, course));
            if (courseId == null && !coursePending) {
                values.add(new RowError(Session.COURSE.key(), "history.reference.unknown",
                        List.of(Session.COURSE.key(), course)));
            }
        }
        String centre = values.text(Session.CENTRE);
        Long centreId = centre == null ? null : centreId(centre);
        if (centre != null && centreId == null) {
            values.add(new RowError(Session.CENTRE.key(), "centre.unknown", List.of(centre)));
        }
        LocalDate start = values.date(Session.START_DATE);
        LocalDate end = values.date(Session.END_DATE);
        Language language = values.choice(Session.LANGUAGE, Language.class);
        Integer seats = positive(values, Session.CAPACITY);
        SessionStatus status = values.choice(Session.STATUS, SessionStatus.class);
        LocalDate cancelledOn = values.date(Session.CANCELLED_ON);
        String reason = values.text(Session.CANCELLATION_REASON);
        LocalDate today = LocalDate.now(clock);
        if (start != null && end != null && end.isBefore(start)) {
            values.add(new RowError(Session.END_DATE.key(), "history.session.period", List.of(start, end)));
        }
        if (status == SessionStatus.CANCELLED && cancelledOn == null) {
            values.add(new RowError(Session.CANCELLED_ON.key(), "history.session.cancelledOnRequired", List.of()));
        }
        if (status != null && status != SessionStatus.CANCELLED && cancelledOn != null) {
            values.add(new RowError(Session.CANCELLED_ON.key(), "history.session.notCancelled", List.of(status)));
        }
        if (cancelledOn != null && cancelledOn.isAfter(today)) {
            values.add(new RowError(Session.CANCELLED_ON.key(), "enrolment.step.future", List.of(cancelledOn)));
        }
        if (status == SessionStatus.CLOSED && end != null && !end.isBefore(today)) {
            values.add(new RowError(Session.STATUS.key(), "history.session.closedBeforeEnd", List.of(end)));
        }
        for (LocalDate day : new LocalDate[] {start, end}) {
            if (day != null && closed(day)) {
                warnings.add(new RowError(day == start ? Session.START_DATE.key() : Session.END_DATE.key(),
                        "history.warning.closedDay", List.of(day)));
            }
        }
        if (!values.valid() || coursePending) {
            return values.valid() ? made(actor -> 0) : null;
        }
        long courseRecord = courseId;
        return made(actor -> ((Number) em.createNativeQuery("""
                        insert into course_session (course_id, centre_id, start_date, end_date, seat_capacity,
                                                    teaching_language, status, cancelled_on, cancellation_reason)
                        values (?, ?, cast(? as date), cast(? as date), ?, ?, ?, cast(? as date),
                                cast(? as varchar)) returning id""")
                .setParameter(1, courseRecord).setParameter(2, centreId).setParameter(3, start).setParameter(4, end)
                .setParameter(5, seats).setParameter(6, language.name()).setParameter(7, status.name())
                .setParameter(8, cancelledOn)
                .setParameter(9, status == SessionStatus.CANCELLED ? (reason == null ? "-" : reason) : null)
                .getSingleResult()).longValue());
    }

    /** A weekend day or a public holiday: the centres are closed (reported, not refused: it happened). */
    private static boolean closed(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return true;
        }
        for (PublicHoliday holiday : PublicHoliday.values()) {
            if (holiday.in(Year.of(day.getYear())).equals(day)) {
                return true;
            }
        }
        return false;
    }

    // ---- learners

    private Writer learner(RowValues values) {
        LearnerDetails details = new LearnerDetails(values.text(HistoryColumns.Learner.FAMILY_NAME),
                values.text(HistoryColumns.Learner.GIVEN_NAME), values.date(HistoryColumns.Learner.BIRTH_DATE),
                null, null, values.choice(HistoryColumns.Learner.LANGUAGE, Language.class),
                values.choice(HistoryColumns.Learner.ENTRY_STATUS, EntryStatus.class),
                values.choice(HistoryColumns.Learner.EDUCATION_LEVEL, EducationLevel.class),
                values.text(HistoryColumns.Learner.NISS));
        String centre = values.text(HistoryColumns.Learner.CENTRE);
        if (centre != null && centreId(centre) == null) {
            values.add(new RowError(HistoryColumns.Learner.CENTRE.key(), "centre.unknown", List.of(centre)));
        }
        if (!values.valid()) {
            return null;
        }
        Learner read;
        try {
            read = new Learner(details, LocalDate.now(clock));
        } catch (BusinessRuleException refusal) {
            values.add(RowError.of(refusal));
            return null;
        }
        JpaLearners learners = new JpaLearners(em);
        Optional<Learner> known = read.niss().flatMap(learners::byNiss)
                .or(() -> learners.byNameAndBirthDate(read.nameKey(), read.birthDate()));
        if (known.isPresent()) {
            return linked(known.get().id());
        }
        Long centreId = centreId(centre);
        // the learner as registration makes them (checked above, found nowhere), stored in one statement
        return made(actor -> ((Number) em.createNativeQuery("""
                        insert into learner (family_name, given_name, name_key, birth_date, email, phone, language,
                                             entry_status, education_level, niss, registered_at_centre_id)
                        values (?, ?, ?, cast(? as date), cast(? as varchar), cast(? as varchar), ?, ?, ?,
                                cast(? as varchar), ?) returning id""")
                .setParameter(1, read.familyName()).setParameter(2, read.givenName()).setParameter(3, read.nameKey())
                .setParameter(4, read.birthDate()).setParameter(5, read.email()).setParameter(6, read.phone())
                .setParameter(7, read.language().name()).setParameter(8, read.entryStatus().name())
                .setParameter(9, read.educationLevel().name())
                .setParameter(10, read.niss().map(be.pfe.operations.domain.learner.NationalRegisterNumber::digits)
                        .orElse(null))
                .setParameter(11, centreId).getSingleResult()).longValue());
    }

    // ---- enrolments

    /** A step of an imported enrolment: the status it leads to and its day. */
    private record Dated(EnrolmentStatus status, LocalDate day, ImportColumn column) {
    }

    private Writer enrolment(RowValues values, String source, Set<String> pending) {
        String learner = values.text(HistoryColumns.Enrolment.LEARNER);
        String session = values.text(HistoryColumns.Enrolment.SESSION);
        Long learnerId = resolve(values, source, HistoryKind.LEARNERS, learner, HistoryColumns.Enrolment.LEARNER,
                pending);
        Long sessionId = resolve(values, source, HistoryKind.SESSIONS, session, HistoryColumns.Enrolment.SESSION,
                pending);
        String partner = values.text(HistoryColumns.Enrolment.PARTNER);
        Long partnerId = partner == null ? null : partnerId(partner);
        if (partner != null && partnerId == null) {
            values.add(new RowError(HistoryColumns.Enrolment.PARTNER.key(), "history.partner.unknown",
                    List.of(partner)));
        }
        List<Dated> steps = new ArrayList<>();
        LocalDate applied = values.date(HistoryColumns.Enrolment.APPLIED_ON);
        steps.add(new Dated(EnrolmentStatus.APPLIED, applied, HistoryColumns.Enrolment.APPLIED_ON));
        add(steps, values, EnrolmentStatus.REFERRED, HistoryColumns.Enrolment.REFERRED_ON);
        add(steps, values, EnrolmentStatus.SCREENED, HistoryColumns.Enrolment.SCREENED_ON);
        add(steps, values, EnrolmentStatus.WAITLISTED, HistoryColumns.Enrolment.WAITLISTED_ON);
        add(steps, values, EnrolmentStatus.ADMITTED, HistoryColumns.Enrolment.ADMITTED_ON);
        add(steps, values, EnrolmentStatus.ENROLLED, HistoryColumns.Enrolment.ENROLLED_ON);
        EnrolmentStatus outcome = values.choice(HistoryColumns.Enrolment.OUTCOME, EnrolmentStatus.class);
        LocalDate outcomeOn = values.date(HistoryColumns.Enrolment.OUTCOME_ON);
        String reason = values.text(HistoryColumns.Enrolment.REASON);
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            values.add(new RowError(HistoryColumns.Enrolment.OUTCOME.key(), "import.value.notAllowed",
                    List.of(HistoryColumns.Enrolment.OUTCOME.key(), outcome.name(), List.copyOf(OUTCOMES))));
        } else if (outcome != null) {
            if (outcomeOn == null) {
                values.add(new RowError(HistoryColumns.Enrolment.OUTCOME_ON.key(), "import.value.required",
                        List.of(HistoryColumns.Enrolment.OUTCOME_ON.key())));
            }
            if (outcome != EnrolmentStatus.COMPLETED && reason == null) {
                values.add(new RowError(HistoryColumns.Enrolment.REASON.key(), "enrolment.reason.required",
                        List.of()));
            }
            steps.add(new Dated(outcome, outcomeOn, HistoryColumns.Enrolment.OUTCOME_ON));
        } else if (outcomeOn != null) {
            values.add(new RowError(HistoryColumns.Enrolment.OUTCOME.key(), "import.value.required",
                    List.of(HistoryColumns.Enrolment.OUTCOME.key())));
        }
        if (steps.stream().anyMatch(step -> step.status() == EnrolmentStatus.REFERRED) && partnerId == null
                && partner == null) {
            values.add(new RowError(HistoryColumns.Enrolment.PARTNER.key(), "enrolment.partner.required", List.of()));
        }
        checkSteps(values, steps);
        if (!values.valid()) {
            return null;
        }
        if (learnerId == null || sessionId == null) {
            return made(actor -> 0); // refers to rows of the same upload: checked when they are written
        }
        if (((Number) em.createNativeQuery(
                "select count(*) from enrolment where learner_id = ? and session_id = ?")
                .setParameter(1, learnerId).setParameter(2, sessionId).getSingleResult()).longValue() > 0) {
            values.add(new RowError(HistoryColumns.Enrolment.SESSION.key(), "history.enrolment.exists",
                    List.of(session)));
            return null;
        }
        long learnerRecord = learnerId;
        long sessionRecord = sessionId;
        Long referrer = partnerId;
        return made(actor -> write(actor, learnerRecord, sessionRecord, referrer, steps, reason));
    }

    private static void add(List<Dated> steps, RowValues values, EnrolmentStatus status, ImportColumn column) {
        LocalDate day = values.date(column);
        if (day != null) {
            steps.add(new Dated(status, day, column));
        }
    }

    /** The workflow's rules on the days of the steps: each allowed after the one before, in order, none in the future. */
    private void checkSteps(RowValues values, List<Dated> steps) {
        LocalDate today = LocalDate.now(clock);
        Dated previous = null;
        for (Dated step : steps) {
            if (step.day() != null && step.day().isAfter(today)) {
                values.add(new RowError(step.column().key(), "enrolment.step.future", List.of(step.day())));
            }
            if (previous != null) {
                boolean allowed = step.status() == EnrolmentStatus.SESSION_CANCELLED
                        ? !previous.status().isFinal() : previous.status().next().contains(step.status());
                if (!allowed) {
                    values.add(new RowError(step.column().key(), "enrolment.status.transition",
                            List.of(previous.status(), step.status())));
                }
                if (step.day() != null && previous.day() != null && step.day().isBefore(previous.day())) {
                    values.add(new RowError(step.column().key(), "enrolment.step.beforePrevious",
                            List.of(step.day(), previous.day())));
                }
            }
            previous = step;
        }
    }

    /**
     * Takes the steps on the enrolment (the domain's rules), then stores it and its history in two statements: one
     * row of the import is a few round trips to the database, not one per step.
     */
    private long write(String actor, long learnerId, long sessionId, Long referrer, List<Dated> steps, String reason) {
        Learner learner = em.find(Learner.class, learnerId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean needsArrival = steps.stream().anyMatch(step -> step.status() == EnrolmentStatus.WAITLISTED
                || step.status() == EnrolmentStatus.ADMITTED);
        long arrival = needsArrival ? new JpaEnrolments(em).nextArrival() : 0;
        Enrolment enrolment = null;
        for (Dated dated : steps) {
            boolean ends = OUTCOMES.contains(dated.status()) && dated.status() != EnrolmentStatus.COMPLETED;
            Step step = new Step(actor, now, ends ? reason : null, dated.day(), beyondWindow(dated.day(), now));
            switch (dated.status()) {
                case APPLIED -> enrolment = new Enrolment(learner, sessionId, null, step);
                case REFERRED -> enrolment.referBy(referrer, step);
                case SCREENED -> enrolment.screen(step);
                case WAITLISTED -> enrolment.waitlist(arrival, step, null);
                case ADMITTED -> enrolment.admit(Seat.POOL, arrival, step, null);
                case ENROLLED -> enrolment.enrol(learner, step);
                case COMPLETED -> enrolment.complete(step);
                case DROPPED_OUT -> enrolment.dropOut(dated.day(), step);
                case REFUSED -> enrolment.refuse(step);
                case WITHDRAWN -> enrolment.removeFromWaitlist(step);
                case SESSION_CANCELLED -> enrolment.sessionCancelled(dated.day(), step);
            }
        }
        Seat seat = enrolment.seat();
        long id = ((Number) em.createNativeQuery("""
                        insert into enrolment (learner_id, session_id, partner_id, referred, status, applied_on, seat,
                                               seat_partner_id, arrival, target_groups, outcome_reason, outcome_date)
                        values (?, ?, cast(? as bigint), ?, ?, cast(? as date), cast(? as varchar), cast(? as bigint),
                                cast(? as bigint), ?, cast(? as varchar), cast(? as date)) returning id""")
                .setParameter(1, learnerId).setParameter(2, sessionId).setParameter(3, enrolment.partnerId())
                .setParameter(4, enrolment.referred()).setParameter(5, enrolment.status().name())
                .setParameter(6, enrolment.appliedOn()).setParameter(7, seat == null ? null : seat.kind().name())
                .setParameter(8, seat == null ? null : seat.partnerId()).setParameter(9, enrolment.arrival())
                .setParameter(10, TargetGroup.write(enrolment.targetGroups()))
                .setParameter(11, enrolment.outcomeReason()).setParameter(12, enrolment.outcomeDate())
                .getSingleResult()).longValue();
        List<EnrolmentTransition> history = enrolment.history();
        StringBuilder sql = new StringBuilder("""
                insert into enrolment_transition (enrolment_id, step_number, session_id, from_status, to_status,
                                                  occurred_at, effective_on, backdated, actor, reason, reason_key,
                                                  reason_arguments) values""");
        for (int i = 0; i < history.size(); i++) {
            sql.append(i == 0 ? " " : ", ").append("(?, ?, ?, cast(? as varchar), ?, ?, cast(? as date), ?, ?, "
                    + "cast(? as varchar), cast(? as varchar), cast(? as varchar))");
        }
        jakarta.persistence.Query insert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (EnrolmentTransition t : history) {
            insert.setParameter(p++, id).setParameter(p++, t.stepNumber()).setParameter(p++, t.sessionId())
                    .setParameter(p++, t.from() == null ? null : t.from().name()).setParameter(p++, t.to().name())
                    .setParameter(p++, t.occurredAt()).setParameter(p++, t.effectiveOn())
                    .setParameter(p++, t.backdated()).setParameter(p++, t.actor()).setParameter(p++, t.reason())
                    .setParameter(p++, t.reasonKey()).setParameter(p++, t.reasonArguments());
        }
        insert.executeUpdate();
        return id;
    }

    private boolean beyondWindow(LocalDate day, OffsetDateTime now) {
        return day.isBefore(now.toLocalDate().minusDays(windowDays));
    }

    // ---- references

    private Long resolve(RowValues values, String source, HistoryKind kind, String externalId, ImportColumn column,
                         Set<String> pending) {
        if (externalId == null || source == null) {
            return null;
        }
        Optional<Long> found = reference(source, kind, externalId);
        if (found.isEmpty() && !pending.contains(pendingKey(kind, source, externalId))) {
            values.add(new RowError(column.key(), "history.reference.unknown", List.of(column.key(), externalId)));
        }
        return found.orElse(null);
    }

    private Optional<Long> reference(String source, HistoryKind kind, String externalId) {
        return single("select internal_id from external_reference where source = ? and kind = ? and external_id = ?",
                source, kind.name(), externalId);
    }

    private Long partnerId(String code) {
        return codes.computeIfAbsent("partner " + code,
                key -> single("select id from partner_organisation where code = ?", code)).orElse(null);
    }

    private Long centreId(String code) {
        return codes.computeIfAbsent("centre " + code,
                key -> single("select id from centre where code = ?", code)).orElse(null);
    }

    private Optional<Long> single(String sql, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = query.getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    private static Integer positive(RowValues values, ImportColumn column) {
        String text = values.text(column);
        if (text == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(text.strip().replaceAll("\\.0+$", ""));
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // below
        }
        values.add(new RowError(column.key(), "import.value.invalid", List.of(column.key(), text)));
        return null;
    }
}
