package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.calendar.PublicHoliday;
import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.course.CourseKind;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.enrolment.EnrolmentTransition;
import be.pfe.operations.domain.enrolment.Seat;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.JpaLearners;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.placement.PlacementOutcome;
import be.pfe.operations.domain.placement.PlacementStatus;
import be.pfe.operations.domain.placement.PlacementType;
import be.pfe.operations.domain.screening.Recommendation;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.validation.ValidationResult;
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
        writingRows = true;
        return handle(kind, row, actor, Set.of());
    }

    /**
     * A row is one small transaction of many: its commit need not wait for the disk (a crash loses at most the last
     * rows, which importing the file again brings back: the import is idempotent). Set in the statement that writes
     * the row's external reference (no round trip of its own).
     */
    private static final String RELAXED_COMMIT = "(select set_config('synchronous_commit', 'off', true)) relaxed";

    /**
     * The statement that makes a row's record ({@code insert ... returning id}, with {@code parameters} parameters),
     * made to write the row's external reference too: one round trip for the row.
     */
    private jakarta.persistence.Query referenced(int parameters, String insert) {
        jakarta.persistence.Query query = em.createNativeQuery("with made as (" + insert + "),\n"
                + "reference as (insert into external_reference (source, kind, external_id, internal_id, imported_by)\n"
                + "    select ?, ?, ?, id, ? from made)\n"
                + "select id from made, " + RELAXED_COMMIT);
        query.setParameter(parameters + 1, writing[0]).setParameter(parameters + 2, writing[1])
                .setParameter(parameters + 3, writing[2]).setParameter(parameters + 4, writingActor);
        referenceWritten = true;
        return query;
    }

    /** The row being written: its reference, when its record's statement writes it too (enrolments). */
    private String[] writing;
    private boolean referenceWritten;
    private String writingActor;
    /** Rows are being written (not dry-run). */
    private boolean writingRows;

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
            case COMPANIES -> company(values);
            case PLACEMENTS -> placement(values, source, pending, warnings);
            case VALIDATIONS -> validation(values, source, pending, warnings);
            case SCREENINGS -> screening(values, source, pending, warnings);
        };
        if (!values.valid() || writer == null) {
            return new HistoryRow(row.number(), source, externalId, HistoryOutcome.ERROR, null, values.errors(),
                    warnings);
        }
        if (actor == null) {
            return new HistoryRow(row.number(), source, externalId, writer.outcome(), writer.existing(), List.of(),
                    warnings);
        }
        writing = new String[] {source, kind.name(), externalId};
        writingActor = actor;
        referenceWritten = false;
        long id = writer.existing() != null ? writer.existing() : writer.write(actor);
        if (!referenceWritten) {
            em.createNativeQuery("""
                            insert into external_reference (source, kind, external_id, internal_id, imported_by)
                            select ?, ?, ?, ?, ? from""" + " " + RELAXED_COMMIT)
                    .setParameter(1, source).setParameter(2, kind.name()).setParameter(3, externalId)
                    .setParameter(4, id).setParameter(5, actor).executeUpdate();
        }
        codes.put(referenceKey(source, kind, externalId), Optional.of(id));
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
        return made(actor -> ((Number) referenced(9, """
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
        LocalDate closedOn = values.date(Session.CLOSED_ON);
        if (closedOn != null && status != null && status != SessionStatus.CLOSED) {
            values.add(new RowError(Session.CLOSED_ON.key(), "history.session.notClosed", List.of(status)));
        }
        if (closedOn != null && start != null && end != null && (closedOn.isBefore(start) || closedOn.isAfter(end))) {
            values.add(new RowError(Session.CLOSED_ON.key(), "history.session.closedOnOutside",
                    List.of(closedOn, start, end)));
        }
        if (closedOn != null && closedOn.isAfter(today)) {
            values.add(new RowError(Session.CLOSED_ON.key(), "enrolment.step.future", List.of(closedOn)));
        }
        if (status == SessionStatus.CLOSED && closedOn == null && end != null && !end.isBefore(today)) {
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
        return made(actor -> ((Number) referenced(10, """
                        insert into course_session (course_id, centre_id, start_date, end_date, seat_capacity,
                                                    teaching_language, status, cancelled_on, cancellation_reason,
                                                    closed_on)
                        values (?, ?, cast(? as date), cast(? as date), ?, ?, ?, cast(? as date),
                                cast(? as varchar), cast(? as date)) returning id""")
                .setParameter(1, courseRecord).setParameter(2, centreId).setParameter(3, start).setParameter(4, end)
                .setParameter(5, seats).setParameter(6, language.name()).setParameter(7, status.name())
                .setParameter(8, cancelledOn)
                .setParameter(9, status == SessionStatus.CANCELLED ? (reason == null ? "-" : reason) : null)
                .setParameter(10, closedOn).getSingleResult()).longValue());
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
        if (writingRows) {
            return learnerWritten(read, centreId(centre));
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

    /**
     * Writing a learner: the same learner found (by national register number, else by name and birth date) or made,
     * and the row's reference to it, in one statement; the outcome (linked or new) is known once it ran.
     */
    private Writer learnerWritten(Learner read, Long centreId) {
        return new Writer() {
            private HistoryOutcome outcome = HistoryOutcome.NEW;

            public HistoryOutcome outcome() {
                return outcome;
            }

            public Long existing() {
                return null;
            }

            public long write(String actor) {
                String niss = read.niss().map(be.pfe.operations.domain.learner.NationalRegisterNumber::digits)
                        .orElse(null);
                // without a national register number, only the index of names and birth dates is read
                String found = niss == null ? """
                                    select id from learner
                                    where cast(? as char(11)) is null and name_key = ? and birth_date = cast(? as date)
                                      and cast(? as char(11)) is null limit 1""" : """
                                    select id from learner
                                    where niss = cast(? as char(11))
                                       or (name_key = ? and birth_date = cast(? as date))
                                    order by (niss is not distinct from cast(? as char(11))) desc, id limit 1""";
                Object[] ids = (Object[]) em.createNativeQuery("with found as (" + found + "),\n" + """
                                made as (
                                    insert into learner (family_name, given_name, name_key, birth_date, email, phone,
                                                         language, entry_status, education_level, niss,
                                                         registered_at_centre_id)
                                    select ?, ?, ?, cast(? as date), cast(? as varchar), cast(? as varchar), ?, ?, ?,
                                           cast(? as varchar), ?
                                    where not exists (select 1 from found) returning id),
                                chosen as (select id from made union all select id from found),
                                reference as (
                                    insert into external_reference (source, kind, external_id, internal_id,
                                                                    imported_by)
                                    select ?, ?, ?, id, ? from chosen)
                                select (select id from made), (select id from found) from""" + " " + RELAXED_COMMIT)
                        .setParameter(1, niss).setParameter(2, read.nameKey()).setParameter(3, read.birthDate())
                        .setParameter(4, niss)
                        .setParameter(5, read.familyName()).setParameter(6, read.givenName())
                        .setParameter(7, read.nameKey()).setParameter(8, read.birthDate())
                        .setParameter(9, read.email()).setParameter(10, read.phone())
                        .setParameter(11, read.language().name()).setParameter(12, read.entryStatus().name())
                        .setParameter(13, read.educationLevel().name()).setParameter(14, niss)
                        .setParameter(15, centreId)
                        .setParameter(16, writing[0]).setParameter(17, writing[1]).setParameter(18, writing[2])
                        .setParameter(19, actor).getSingleResult();
                referenceWritten = true;
                if (ids[0] == null) {
                    outcome = HistoryOutcome.LINKED;
                    return ((Number) ids[1]).longValue();
                }
                return ((Number) ids[0]).longValue();
            }
        };
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
        // when written, the statement that stores the enrolment checks this itself (one round trip less a row)
        if (!writingRows && ((Number) em.createNativeQuery(
                "select count(*) from enrolment where learner_id = ? and session_id = ?")
                .setParameter(1, learnerId).setParameter(2, sessionId).getSingleResult()).longValue() > 0) {
            values.add(new RowError(HistoryColumns.Enrolment.SESSION.key(), "history.enrolment.exists",
                    List.of(session)));
            return null;
        }
        long learnerRecord = learnerId;
        long sessionRecord = sessionId;
        Long referrer = partnerId;
        return made(actor -> write(actor, learnerRecord, sessionRecord, referrer, steps, reason, session));
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
    private long write(String actor, long learnerId, long sessionId, Long referrer, List<Dated> steps, String reason,
                       String sessionReference) {
        Learner learner = em.find(Learner.class, learnerId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean needsArrival = steps.stream().anyMatch(step -> step.status() == EnrolmentStatus.WAITLISTED
                || step.status() == EnrolmentStatus.ADMITTED);
        long arrival = needsArrival ? 1 : 0; // drawn from the sequence by the statement that stores the enrolment
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
        // the enrolment, its history and its external reference in one statement: one round trip for the row
        Seat seat = enrolment.seat();
        List<EnrolmentTransition> history = enrolment.history();
        StringBuilder sql = new StringBuilder("""
                with e as (
                    insert into enrolment (learner_id, session_id, partner_id, referred, status, applied_on, seat,
                                           seat_partner_id, arrival, target_groups, outcome_reason, outcome_date)
                    select l.learner, l.session, cast(? as bigint), ?, ?, cast(? as date), cast(? as varchar),
                           cast(? as bigint), case when cast(? as boolean) then nextval('enrolment_arrival_seq') end,
                           ?, cast(? as varchar), cast(? as date)
                    from (select cast(? as bigint) learner, cast(? as bigint) session) l
                    where not exists (select 1 from enrolment o where o.learner_id = l.learner
                                                                 and o.session_id = l.session)
                    returning id),
                t as (
                    insert into enrolment_transition (enrolment_id, step_number, session_id, from_status, to_status,
                                                      occurred_at, effective_on, backdated, actor, reason, reason_key,
                                                      reason_arguments)
                    select e.id, v.* from e, (values""");
        for (int i = 0; i < history.size(); i++) {
            sql.append(i == 0 ? " " : ", ").append("(cast(? as integer), cast(? as bigint), cast(? as varchar), "
                    + "cast(? as varchar), cast(? as timestamptz), cast(? as date), cast(? as boolean), "
                    + "cast(? as varchar), cast(? as varchar), cast(? as varchar), cast(? as varchar))");
        }
        sql.append(") v),\n")
                .append("r as (insert into external_reference (source, kind, external_id, internal_id, imported_by)\n")
                .append("      select ?, ?, ?, e.id, ? from e)\n")
                .append("select e.id from e, ").append(RELAXED_COMMIT);
        jakarta.persistence.Query insert = em.createNativeQuery(sql.toString());
        insert.setParameter(1, enrolment.partnerId())
                .setParameter(2, enrolment.referred()).setParameter(3, enrolment.status().name())
                .setParameter(4, enrolment.appliedOn()).setParameter(5, seat == null ? null : seat.kind().name())
                .setParameter(6, seat == null ? null : seat.partnerId()).setParameter(7, enrolment.arrival() != null)
                .setParameter(8, TargetGroup.write(enrolment.targetGroups()))
                .setParameter(9, enrolment.outcomeReason()).setParameter(10, enrolment.outcomeDate())
                .setParameter(11, learnerId).setParameter(12, sessionId);
        int p = 13;
        for (EnrolmentTransition t : history) {
            insert.setParameter(p++, t.stepNumber()).setParameter(p++, t.sessionId())
                    .setParameter(p++, t.from() == null ? null : t.from().name()).setParameter(p++, t.to().name())
                    .setParameter(p++, t.occurredAt()).setParameter(p++, t.effectiveOn())
                    .setParameter(p++, t.backdated()).setParameter(p++, t.actor()).setParameter(p++, t.reason())
                    .setParameter(p++, t.reasonKey()).setParameter(p++, t.reasonArguments());
        }
        insert.setParameter(p++, writing[0]).setParameter(p++, writing[1]).setParameter(p++, writing[2])
                .setParameter(p, actor);
        @SuppressWarnings("unchecked")
        List<Object> stored = insert.getResultList();
        if (stored.isEmpty()) {
            throw new BusinessRuleException("history.enrolment.exists", "session", sessionReference);
        }
        referenceWritten = true;
        return ((Number) stored.get(0)).longValue();
    }

    private boolean beyondWindow(LocalDate day, OffsetDateTime now) {
        return day.isBefore(now.toLocalDate().minusDays(windowDays));
    }

    // ---- companies

    private Writer company(RowValues values) {
        String typed = values.text(HistoryColumns.Company.ENTERPRISE_NUMBER);
        String number = null;
        if (typed != null) {
            try {
                number = be.pfe.operations.domain.company.EnterpriseNumber.of(typed).digits();
            } catch (BusinessRuleException refusal) {
                values.add(RowError.of(refusal));
            }
        }
        String name = values.text(HistoryColumns.Company.NAME);
        Sector sector = values.choice(HistoryColumns.Company.SECTOR, Sector.class);
        String street = values.text(HistoryColumns.Company.STREET);
        String postalCode = values.text(HistoryColumns.Company.POSTAL_CODE);
        String city = values.text(HistoryColumns.Company.CITY);
        longest(values, HistoryColumns.Company.NAME, name, 200);
        longest(values, HistoryColumns.Company.STREET, street, 200);
        longest(values, HistoryColumns.Company.POSTAL_CODE, postalCode, 10);
        longest(values, HistoryColumns.Company.CITY, city, 100);
        if (!values.valid()) {
            return null;
        }
        Optional<Long> known = single("select id from company where enterprise_number = ?", number);
        if (known.isPresent()) {
            return linked(known.get());
        }
        String digits = number;
        return made(actor -> ((Number) referenced(6, """
                        insert into company (enterprise_number, name, sector, street, postal_code, city)
                        values (?, ?, ?, cast(? as varchar), cast(? as varchar), cast(? as varchar)) returning id""")
                .setParameter(1, digits).setParameter(2, name).setParameter(3, sector.name())
                .setParameter(4, street).setParameter(5, postalCode).setParameter(6, city)
                .getSingleResult()).longValue());
    }

    private static void longest(RowValues values, ImportColumn column, String text, int length) {
        if (text != null && text.length() > length) {
            values.add(new RowError(column.key(), "import.value.invalid", List.of(column.key(), text)));
        }
    }

    // ---- placements

    private Writer placement(RowValues values, String source, Set<String> pending, List<RowError> warnings) {
        Long learnerId = resolve(values, source, HistoryKind.LEARNERS, values.text(HistoryColumns.Placement.LEARNER),
                HistoryColumns.Placement.LEARNER, pending);
        Long companyId = resolve(values, source, HistoryKind.COMPANIES, values.text(HistoryColumns.Placement.COMPANY),
                HistoryColumns.Placement.COMPANY, pending);
        String enrolment = values.text(HistoryColumns.Placement.ENROLMENT);
        Long enrolmentId = resolve(values, source, HistoryKind.ENROLMENTS, enrolment,
                HistoryColumns.Placement.ENROLMENT, pending);
        String centre = values.text(HistoryColumns.Placement.CENTRE);
        Long centreId = centre == null ? null : centreId(centre);
        if (centre != null && centreId == null) {
            values.add(new RowError(HistoryColumns.Placement.CENTRE.key(), "centre.unknown", List.of(centre)));
        }
        PlacementType type = values.choice(HistoryColumns.Placement.TYPE, PlacementType.class);
        LocalDate start = values.date(HistoryColumns.Placement.START_DATE);
        LocalDate end = values.date(HistoryColumns.Placement.END_DATE);
        Integer hours = positive(values, HistoryColumns.Placement.HOURS);
        PlacementStatus status = values.choice(HistoryColumns.Placement.STATUS, PlacementStatus.class);
        LocalDate signedOn = values.date(HistoryColumns.Placement.SIGNED_ON);
        LocalDate endedEarlyOn = values.date(HistoryColumns.Placement.ENDED_EARLY_ON);
        String endReason = values.text(HistoryColumns.Placement.END_REASON);
        PlacementOutcome outcome = values.choice(HistoryColumns.Placement.OUTCOME, PlacementOutcome.class);
        LocalDate outcomeOn = values.date(HistoryColumns.Placement.OUTCOME_ON);
        LocalDate followUpOn = values.date(HistoryColumns.Placement.FOLLOW_UP_ON);
        PlacementOutcome followUp = values.choice(HistoryColumns.Placement.FOLLOW_UP_OUTCOME, PlacementOutcome.class);
        longest(values, HistoryColumns.Placement.END_REASON, endReason, 500);
        LocalDate today = LocalDate.now(clock);
        if (start != null && end != null && end.isBefore(start)) {
            values.add(new RowError(HistoryColumns.Placement.END_DATE.key(), "history.session.period",
                    List.of(start, end)));
        }
        if (status == PlacementStatus.ENDED_EARLY) {
            if (endedEarlyOn == null) {
                values.add(new RowError(HistoryColumns.Placement.ENDED_EARLY_ON.key(),
                        "placement.endedEarly.dateRequired", List.of()));
            } else if (start != null && end != null && (endedEarlyOn.isBefore(start) || !endedEarlyOn.isBefore(end))) {
                values.add(new RowError(HistoryColumns.Placement.ENDED_EARLY_ON.key(),
                        "placement.endedEarly.outsidePeriod", List.of(endedEarlyOn, start, end)));
            }
            if (endReason == null) {
                values.add(new RowError(HistoryColumns.Placement.END_REASON.key(), "enrolment.reason.required",
                        List.of()));
            }
        } else if (endedEarlyOn != null) {
            values.add(new RowError(HistoryColumns.Placement.ENDED_EARLY_ON.key(), "history.placement.notEndedEarly",
                    List.of(status == null ? "" : status)));
        }
        if (status == PlacementStatus.COMPLETED && end != null && end.isAfter(today)) {
            values.add(new RowError(HistoryColumns.Placement.STATUS.key(), "history.session.closedBeforeEnd",
                    List.of(end)));
        }
        if (status == PlacementStatus.DRAFT && signedOn != null) {
            values.add(new RowError(HistoryColumns.Placement.SIGNED_ON.key(), "history.placement.draftSigned",
                    List.of()));
        }
        if (signedOn != null && start != null && signedOn.isAfter(start)) {
            values.add(new RowError(HistoryColumns.Placement.SIGNED_ON.key(), "history.placement.signedAfterStart",
                    List.of(signedOn, start)));
        }
        LocalDate occupiedUntil = endedEarlyOn != null ? endedEarlyOn : end;
        if ((outcome != null || outcomeOn != null) && status != null && !status.isFinished()) {
            values.add(new RowError(HistoryColumns.Placement.OUTCOME.key(), "placement.outcome.notFinished",
                    List.of(status)));
        }
        if (outcomeOn != null && outcome == null) {
            values.add(new RowError(HistoryColumns.Placement.OUTCOME.key(), "import.value.required",
                    List.of(HistoryColumns.Placement.OUTCOME.key())));
        }
        if (outcomeOn != null && occupiedUntil != null && outcomeOn.isBefore(occupiedUntil)) {
            values.add(new RowError(HistoryColumns.Placement.OUTCOME_ON.key(), "enrolment.step.beforePrevious",
                    List.of(outcomeOn, occupiedUntil)));
        }
        if ((followUpOn == null) != (followUp == null)) {
            values.add(new RowError(HistoryColumns.Placement.FOLLOW_UP_ON.key(), "placement.followUp.incomplete",
                    List.of()));
        }
        if (followUpOn != null && status != null && !status.isFinished()) {
            values.add(new RowError(HistoryColumns.Placement.FOLLOW_UP_ON.key(), "placement.outcome.notFinished",
                    List.of(status)));
        } else if (followUpOn != null && occupiedUntil != null && !followUpOn.isAfter(occupiedUntil)) {
            values.add(new RowError(HistoryColumns.Placement.FOLLOW_UP_ON.key(), "placement.followUp.beforeEnd",
                    List.of(followUpOn, occupiedUntil)));
        }
        for (Object[] dated : new Object[][] {{HistoryColumns.Placement.SIGNED_ON, signedOn},
                {HistoryColumns.Placement.ENDED_EARLY_ON, endedEarlyOn}, {HistoryColumns.Placement.OUTCOME_ON, outcomeOn},
                {HistoryColumns.Placement.FOLLOW_UP_ON, followUpOn}}) {
            if (dated[1] != null && ((LocalDate) dated[1]).isAfter(today)) {
                values.add(new RowError(((ImportColumn) dated[0]).key(), "enrolment.step.future", List.of(dated[1])));
            }
        }
        if (start != null && closed(start)) {
            warnings.add(new RowError(HistoryColumns.Placement.START_DATE.key(), "history.warning.closedDay",
                    List.of(start)));
        }
        if (!values.valid()) {
            return null;
        }
        if (learnerId != null && start != null && occupiedUntil != null && status != PlacementStatus.DRAFT
                && ((Number) em.createNativeQuery("""
                        select count(*) from placement where learner_id = ? and status <> 'DRAFT'
                          and start_date <= cast(? as date)
                          and coalesce(ended_early_on, end_date) >= cast(? as date)""")
                .setParameter(1, learnerId).setParameter(2, occupiedUntil).setParameter(3, start)
                .getSingleResult()).longValue() > 0) {
            warnings.add(new RowError(HistoryColumns.Placement.START_DATE.key(), "history.warning.placementOverlap",
                    List.of(start)));
        }
        if (learnerId == null || companyId == null || (enrolment != null && enrolmentId == null)) {
            return made(actor -> 0); // refers to rows of the same upload: checked when they are written
        }
        long learnerRecord = learnerId;
        long companyRecord = companyId;
        LocalDate outcomeDay = outcome == null ? null : outcomeOn == null ? occupiedUntil : outcomeOn;
        return made(actor -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            return ((Number) referenced(19, """
                            insert into placement (learner_id, company_id, centre_id, enrolment_id, placement_type,
                                                   start_date, end_date, hours, status, signed_on, ended_early_on,
                                                   end_reason, outcome, outcome_on, follow_up_date, follow_up_outcome,
                                                   recorded_by, recorded_at, backdated)
                            values (?, ?, ?, cast(? as bigint), ?, cast(? as date), cast(? as date), ?, ?,
                                    cast(? as date), cast(? as date), cast(? as varchar), cast(? as varchar),
                                    cast(? as date), cast(? as date), cast(? as varchar), ?, ?, ?) returning id""")
                    .setParameter(1, learnerRecord).setParameter(2, companyRecord).setParameter(3, centreId)
                    .setParameter(4, enrolmentId).setParameter(5, type.name()).setParameter(6, start)
                    .setParameter(7, end).setParameter(8, hours).setParameter(9, status.name())
                    .setParameter(10, signedOn).setParameter(11, endedEarlyOn).setParameter(12, endReason)
                    .setParameter(13, outcome == null ? null : outcome.name()).setParameter(14, outcomeDay)
                    .setParameter(15, followUpOn).setParameter(16, followUp == null ? null : followUp.name())
                    .setParameter(17, actor).setParameter(18, now)
                    .setParameter(19, beyondWindow(outcomeDay != null ? outcomeDay : start, now))
                    .getSingleResult()).longValue();
        });
    }

    // ---- validation candidates

    private Writer validation(RowValues values, String source, Set<String> pending, List<RowError> warnings) {
        String session = values.text(HistoryColumns.Validation.SESSION);
        Long sessionId = resolve(values, source, HistoryKind.SESSIONS, session, HistoryColumns.Validation.SESSION,
                pending);
        Long learnerId = resolve(values, source, HistoryKind.LEARNERS, values.text(HistoryColumns.Validation.LEARNER),
                HistoryColumns.Validation.LEARNER, pending);
        ValidationResult result = values.choice(HistoryColumns.Validation.RESULT, ValidationResult.class);
        LocalDate resultOn = values.date(HistoryColumns.Validation.RESULT_ON);
        String number = values.text(HistoryColumns.Validation.CERTIFICATE_NUMBER);
        LocalDate certificateDate = values.date(HistoryColumns.Validation.CERTIFICATE_DATE);
        LocalDate today = LocalDate.now(clock);
        if (result == ValidationResult.PASSED) {
            if (number == null || number.length() > 40) {
                values.add(new RowError(HistoryColumns.Validation.CERTIFICATE_NUMBER.key(),
                        "validation.certificate.numberInvalid", List.of(40)));
            }
            if (certificateDate == null) {
                values.add(new RowError(HistoryColumns.Validation.CERTIFICATE_DATE.key(), "import.value.required",
                        List.of(HistoryColumns.Validation.CERTIFICATE_DATE.key())));
            }
        } else if (result != null && (number != null || certificateDate != null)) {
            values.add(new RowError(HistoryColumns.Validation.CERTIFICATE_NUMBER.key(),
                    "history.validation.certificateWithoutPass", List.of(result)));
        }
        if (result == ValidationResult.PENDING && resultOn != null) {
            values.add(new RowError(HistoryColumns.Validation.RESULT_ON.key(), "history.validation.pendingDated",
                    List.of()));
        }
        for (Object[] dated : new Object[][] {{HistoryColumns.Validation.RESULT_ON, resultOn},
                {HistoryColumns.Validation.CERTIFICATE_DATE, certificateDate}}) {
            if (dated[1] != null && ((LocalDate) dated[1]).isAfter(today)) {
                values.add(new RowError(((ImportColumn) dated[0]).key(), "enrolment.step.future", List.of(dated[1])));
            }
        }
        LocalDate testDay = null;
        if (sessionId != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("""
                            select s.start_date, c.kind from course_session s join course c on c.id = s.course_id
                            where s.id = ?""").setParameter(1, sessionId).getResultList();
            if (!found.isEmpty()) {
                testDay = ((java.sql.Date) found.get(0)[0]).toLocalDate();
                if (!"VALIDATION".equals(found.get(0)[1])) {
                    values.add(new RowError(HistoryColumns.Validation.SESSION.key(), "history.validation.notValidation",
                            List.of(session)));
                }
            }
        }
        if (testDay != null && result != null && result != ValidationResult.PENDING && testDay.isAfter(today)) {
            values.add(new RowError(HistoryColumns.Validation.RESULT.key(), "validation.result.beforeTest",
                    List.of(testDay)));
        }
        if (testDay != null) {
            if (resultOn != null && resultOn.isBefore(testDay)) {
                values.add(new RowError(HistoryColumns.Validation.RESULT_ON.key(), "validation.result.beforeTest",
                        List.of(testDay)));
            }
            if (certificateDate != null && certificateDate.isBefore(testDay)) {
                values.add(new RowError(HistoryColumns.Validation.CERTIFICATE_DATE.key(),
                        "validation.certificate.dateInvalid", List.of(testDay)));
            }
        }
        if (number != null && values.valid()
                && single("select id from validation_candidate where certificate_number = ?", number).isPresent()) {
            values.add(new RowError(HistoryColumns.Validation.CERTIFICATE_NUMBER.key(),
                    "history.validation.certificateTaken", List.of(number)));
        }
        if (!values.valid()) {
            return null;
        }
        if (sessionId == null || learnerId == null) {
            return made(actor -> 0); // refers to rows of the same upload: checked when they are written
        }
        if (single("select id from validation_candidate where session_id = ? and learner_id = ?", sessionId,
                learnerId).isPresent()) {
            values.add(new RowError(HistoryColumns.Validation.LEARNER.key(), "history.validation.exists",
                    List.of(session)));
            return null;
        }
        long sessionRecord = sessionId;
        long learnerRecord = learnerId;
        LocalDate resultDay = result == ValidationResult.PENDING ? null : resultOn != null ? resultOn : testDay;
        return made(actor -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            return ((Number) referenced(9, """
                            insert into validation_candidate (session_id, learner_id, result, certificate_number,
                                                              certificate_date, result_on, recorded_by, recorded_at,
                                                              backdated)
                            values (?, ?, ?, cast(? as varchar), cast(? as date), cast(? as date), ?, ?, ?)
                            returning id""")
                    .setParameter(1, sessionRecord).setParameter(2, learnerRecord).setParameter(3, result.name())
                    .setParameter(4, number).setParameter(5, certificateDate).setParameter(6, resultDay)
                    .setParameter(7, actor).setParameter(8, now)
                    .setParameter(9, resultDay != null && beyondWindow(resultDay, now))
                    .getSingleResult()).longValue();
        });
    }

    // ---- screenings

    private Writer screening(RowValues values, String source, Set<String> pending, List<RowError> warnings) {
        Long learnerId = resolve(values, source, HistoryKind.LEARNERS, values.text(HistoryColumns.Screening.LEARNER),
                HistoryColumns.Screening.LEARNER, pending);
        String centre = values.text(HistoryColumns.Screening.CENTRE);
        Long centreId = centre == null ? null : centreId(centre);
        if (centre != null && centreId == null) {
            values.add(new RowError(HistoryColumns.Screening.CENTRE.key(), "centre.unknown", List.of(centre)));
        }
        String course = values.text(HistoryColumns.Screening.COURSE);
        Long courseId = null;
        boolean coursePending = false;
        if (course != null && source != null) {
            courseId = reference(source, HistoryKind.COURSES, course)
                    .or(() -> single("select id from course where code = ?", course)).orElse(null);
            coursePending = courseId == null && pending.contains(pendingKey(HistoryKind.COURSES, source, course));
            if (courseId == null && !coursePending) {
                values.add(new RowError(HistoryColumns.Screening.COURSE.key(), "history.reference.unknown",
                        List.of(HistoryColumns.Screening.COURSE.key(), course)));
            }
        }
        String occupation = values.text(HistoryColumns.Screening.OCCUPATION);
        if (course == null && occupation == null) {
            values.add(new RowError(HistoryColumns.Screening.COURSE.key(), "screening.subject.required", List.of()));
        }
        String enrolment = values.text(HistoryColumns.Screening.ENROLMENT);
        Long enrolmentId = resolve(values, source, HistoryKind.ENROLMENTS, enrolment,
                HistoryColumns.Screening.ENROLMENT, pending);
        LocalDate screenedOn = values.date(HistoryColumns.Screening.SCREENED_ON);
        String assessor = values.text(HistoryColumns.Screening.ASSESSOR);
        String tests = values.text(HistoryColumns.Screening.TESTS_TAKEN);
        String result = values.text(HistoryColumns.Screening.RESULT);
        Recommendation recommendation = values.choice(HistoryColumns.Screening.RECOMMENDATION, Recommendation.class);
        longest(values, HistoryColumns.Screening.OCCUPATION, occupation, 200);
        longest(values, HistoryColumns.Screening.ASSESSOR, assessor, 200);
        longest(values, HistoryColumns.Screening.TESTS_TAKEN, tests, 1000);
        longest(values, HistoryColumns.Screening.RESULT, result, 1000);
        if (screenedOn != null && screenedOn.isAfter(LocalDate.now(clock))) {
            values.add(new RowError(HistoryColumns.Screening.SCREENED_ON.key(), "screening.date.future",
                    List.of(screenedOn)));
        }
        if (screenedOn != null && closed(screenedOn)) {
            warnings.add(new RowError(HistoryColumns.Screening.SCREENED_ON.key(), "history.warning.closedDay",
                    List.of(screenedOn)));
        }
        if (!values.valid()) {
            return null;
        }
        if (learnerId == null || coursePending || (enrolment != null && enrolmentId == null)) {
            return made(actor -> 0); // refers to rows of the same upload: checked when they are written
        }
        long learnerRecord = learnerId;
        Long courseRecord = courseId;
        return made(actor -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            return ((Number) referenced(13, """
                            insert into screening (learner_id, centre_id, course_id, occupation, enrolment_id,
                                                   screened_on, assessor, tests_taken, result, recommendation,
                                                   recorded_by, recorded_at, backdated)
                            values (?, ?, cast(? as bigint), cast(? as varchar), cast(? as bigint), cast(? as date), ?,
                                    cast(? as varchar), cast(? as varchar), ?, ?, ?, ?) returning id""")
                    .setParameter(1, learnerRecord).setParameter(2, centreId).setParameter(3, courseRecord)
                    .setParameter(4, occupation).setParameter(5, enrolmentId).setParameter(6, screenedOn)
                    .setParameter(7, assessor).setParameter(8, tests).setParameter(9, result)
                    .setParameter(10, recommendation.name()).setParameter(11, actor).setParameter(12, now)
                    .setParameter(13, beyondWindow(screenedOn, now)).getSingleResult()).longValue();
        });
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

    /**
     * The record a source's id of a kind was imported as. The references of a (source, kind) are read at once, the
     * first time one is asked in this import, and kept with the import's codes (each row written adds its own): one
     * query per kind and source instead of several per row.
     */
    private Optional<Long> reference(String source, HistoryKind kind, String externalId) {
        String loaded = "references " + kind.name() + "|" + source;
        if (!codes.containsKey(loaded)) {
            @SuppressWarnings("unchecked")
            List<Object[]> known = em.createNativeQuery(
                            "select external_id, internal_id from external_reference where source = ? and kind = ?")
                    .setParameter(1, source).setParameter(2, kind.name()).getResultList();
            for (Object[] reference : known) {
                codes.put(referenceKey(source, kind, (String) reference[0]),
                        Optional.of(((Number) reference[1]).longValue()));
            }
            codes.put(loaded, Optional.empty());
        }
        return codes.getOrDefault(referenceKey(source, kind, externalId), Optional.empty());
    }

    private static String referenceKey(String source, HistoryKind kind, String externalId) {
        return "reference " + kind.name() + "|" + source + "|" + externalId;
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
