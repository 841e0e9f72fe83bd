package be.pfe.operations.reporting.yearly;

import be.pfe.operations.testing.TestDatabase;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Hand-built activity around 1 January 2050 (Technicity, one Digitalcity session), each record placed on an edge of
 * a counting rule. The expected figures are in the comments and in {@link YearlyFiguresTest}.
 */
final class YearlyData {

    static final TestDatabase DATABASE = TestDatabase.shared();
    /** Record ids by name (e1, p3, vc2, sc1, s10...). */
    static final Map<String, Long> IDS = new HashMap<>();

    private YearlyData() {
    }

    static synchronized void load() {
        DATABASE.deleteOperationalData();
        IDS.clear();
        try (Connection c = DATABASE.dataSource().getConnection()) {
            long bf = id(c, "select id from partner_organisation where code = 'BRUXELLES_FORMATION'");
            long frm = id(c, "select id from partner_organisation where code = 'FRM_BRUSSELS'");
            long vdab = id(c, "select id from partner_organisation where code = 'VDAB_BRUSSEL'");
            long technicity = id(c, "select id from centre where code = 'TECHNICITY'");
            long digitalcity = id(c, "select id from centre where code = 'DIGITALCITY'");

            long weld = course(c, "Y-WELD", "Soudure", bf, "TRAINING");
            long frmCourse = course(c, "Y-FRM", "Maintenance industrielle", frm, "TRAINING");
            long vdabCourse = course(c, "Y-VDAB", "Lassen", vdab, "TRAINING");
            long unit = course(c, "Y-VAL", "Titre de compétence soudeur", bf, "VALIDATION");

            session(c, "s1", weld, technicity, "2049-10-01", "2050-02-28", "FR", "RUNNING", null);      // across 1 Jan
            session(c, "s2", weld, technicity, "2049-03-01", "2049-06-30", "FR", "CANCELLED", "2049-02-15"); // before start
            session(c, "s3", frmCourse, technicity, "2049-04-01", "2049-12-15", "FR", "CANCELLED", "2049-05-10"); // after
            session(c, "s4", vdabCourse, technicity, "2049-03-01", "2049-05-31", "FR", "CLOSED", null); // VDAB-provided
            session(c, "s5", weld, technicity, "2049-03-01", "2049-05-31", "NL", "CLOSED", null);       // Dutch
            session(c, "s6", unit, technicity, "2049-06-10", "2049-06-10", "FR", "CLOSED", null);       // validation
            session(c, "s7", unit, technicity, "2050-01-20", "2050-01-20", "FR", "PLANNED", null);
            session(c, "s8", weld, digitalcity, "2049-02-01", "2049-04-30", "FR", "CLOSED", null);      // other centre
            session(c, "s9", weld, technicity, "2048-09-01", "2048-12-20", "FR", "CLOSED", null);       // year before
            session(c, "s10", weld, technicity, "2049-11-01", "2050-03-31", "FR",
                    "CANCELLED", "2049-12-10");                                                         // ended in Dec

            learner(c, "js1", "Jobseeker", "Anna", "1990-01-01", "JOBSEEKER_ACTIRIS", "UPPER_SECONDARY");
            learner(c, "js2", "Jobseeker", "Bert", "1985-02-02", "JOBSEEKER_VDAB", "HIGHER");
            learner(c, "js3", "Jobseeker", "Chloe", "2030-03-03", "JOBSEEKER_ACTIRIS", "LOWER_SECONDARY");
            learner(c, "js4", "Jobseeker", "David", "2028-04-04", "JOBSEEKER_ACTIRIS", "PRIMARY");
            learner(c, "w1", "Worker", "Emma", "1980-05-05", "WORKER", "HIGHER");

            enrolment(c, "e1", "js1", "s1", "ENROLLED", "JOBSEEKER", null);               // 2049 and 2050
            enrolment(c, "e2", "w1", "s1", "ENROLLED", "", null);                         // not a jobseeker
            enrolment(c, "e3", "js2", "s1", "DROPPED_OUT", "JOBSEEKER", "2049-12-01");    // 2049 only
            admitted(c, "e3", "s1");
            enrolment(c, "e4", "js3", "s1", "WAITLISTED", "YOUNG,NEET,LOW_SKILLED,JOBSEEKER", null); // no seat
            enrolment(c, "e5", "js4", "s1", "DROPPED_OUT", "YOUNG,NEET,LOW_SKILLED,JOBSEEKER", "2049-09-20"); // before start
            admitted(c, "e5", "s1");
            enrolment(c, "e7", "js1", "s2", "ADMITTED", "JOBSEEKER", null);               // cancelled before start
            enrolment(c, "e8", "js1", "s3", "ENROLLED", "JOBSEEKER", null);               // cancelled after start
            enrolment(c, "e9", "js2", "s4", "COMPLETED", "JOBSEEKER", null);              // VDAB
            enrolment(c, "e10", "js2", "s5", "COMPLETED", "JOBSEEKER", null);             // Dutch
            enrolment(c, "e11", "js1", "s8", "COMPLETED", "JOBSEEKER", null);             // Digitalcity
            enrolment(c, "e12", "js1", "s9", "COMPLETED", "JOBSEEKER", null);             // 2048
            enrolment(c, "e13", "js4", "s10", "ENROLLED", "YOUNG,NEET,LOW_SKILLED,JOBSEEKER", null); // 2049 only
            enrolment(c, "e14", "js4", "s6", "ENROLLED", "YOUNG,NEET,LOW_SKILLED,JOBSEEKER", null);  // validation course

            // attendance in s1: 2 attended (present, late) of 3 expected (an excused absence is not expected)
            long october = insert(c, "insert into meeting (session_id, meeting_date, start_time, end_time, status) "
                    + "values (?, date '2049-10-05', time '09:00', time '12:00', 'SCHEDULED') returning id", id("s1"));
            long november = insert(c, "insert into meeting (session_id, meeting_date, start_time, end_time, status) "
                    + "values (?, date '2049-11-10', time '09:00', time '12:00', 'SCHEDULED') returning id", id("s1"));
            mark(c, october, "e1", "PRESENT");
            mark(c, october, "e2", "ABSENT");
            mark(c, november, "e1", "LATE");
            mark(c, november, "e2", "EXCUSED");

            long company = insert(c, "insert into company (enterprise_number, name, sector) values "
                    + "('0403170701', 'Ateliers Yearly', 'TECHNOLOGY_INDUSTRY') returning id");
            placement(c, "p1", "js1", company, technicity, null, "2049-11-15", "2050-01-31", "RUNNING", null);
            placement(c, "p2", "js2", company, technicity, null, "2049-05-01", "2049-06-01", "DRAFT", null);
            placement(c, "p3", "js4", company, technicity, null, "2049-12-01", "2050-03-01", "ENDED_EARLY", "2049-12-20");
            placement(c, "p4", "js2", company, technicity, "e9", "2049-03-01", "2049-04-01", "COMPLETED", null);

            candidate(c, "vc1", "s6", "js1", "PASSED", "Y-CERT-1");
            candidate(c, "vc2", "s6", "w1", "FAILED", null);
            candidate(c, "vc3", "s6", "js2", "ABSENT", null);
            candidate(c, "vc4", "s6", "js3", "PENDING", null);
            candidate(c, "vc5", "s7", "js1", "PENDING", null);

            screening(c, "sc1", "js3", technicity, weld, "2049-01-01");
            screening(c, "sc2", "js4", technicity, weld, "2049-12-31");
            screening(c, "sc3", "w1", technicity, null, "2050-01-01");
            screening(c, "sc4", "js2", technicity, weld, "2048-12-31");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long id(String name) {
        return IDS.get(name);
    }

    private static long course(Connection c, String code, String title, long partner, String kind) throws SQLException {
        return insert(c, "insert into course (code, title_fr, sector, duration_hours, providing_partner_id, kind) "
                + "values (?, ?, 'TECHNOLOGY_INDUSTRY', 100, ?, ?) returning id", code, title, partner, kind);
    }

    private static void session(Connection c, String name, long course, long centre, String start, String end,
                                String language, String status, String cancelledOn) throws SQLException {
        IDS.put(name, insert(c, "insert into course_session (course_id, centre_id, start_date, end_date, seat_capacity, "
                        + "teaching_language, status, cancelled_on) values (?, ?, ?, ?, 12, ?, ?, ?) returning id",
                course, centre, day(start), day(end), language, status, day(cancelledOn)));
    }

    private static void learner(Connection c, String name, String family, String given, String birth, String entry,
                                String education) throws SQLException {
        IDS.put(name, insert(c, "insert into learner (family_name, given_name, name_key, birth_date, language, "
                        + "entry_status, education_level) values (?, ?, ?, ?, 'FR', ?, ?) returning id",
                family, given, (family + " " + given).toLowerCase(), day(birth), entry, education));
    }

    private static void enrolment(Connection c, String name, String learner, String session, String status,
                                  String groups, String outcome) throws SQLException {
        IDS.put(name, insert(c, "insert into enrolment (learner_id, session_id, status, applied_on, target_groups, "
                        + "outcome_date) values (?, ?, ?, date '2049-01-02', ?, ?) returning id",
                id(learner), id(session), status, groups, day(outcome)));
    }

    private static void mark(Connection c, long meeting, String enrolment, String mark) throws SQLException {
        insert(c, "insert into attendance (meeting_id, enrolment_id, mark, recorded_by, recorded_at) "
                + "values (?, ?, ?, 'trainer', now()) returning meeting_id", meeting, id(enrolment), mark);
    }

    private static void admitted(Connection c, String enrolment, String session) throws SQLException {
        insert(c, "insert into enrolment_transition (enrolment_id, step_number, session_id, from_status, to_status, "
                + "occurred_at, actor) values (?, 1, ?, 'SCREENED', 'ADMITTED', now(), 'desk') returning id",
                id(enrolment), id(session));
    }

    private static void placement(Connection c, String name, String learner, long company, long centre,
                                  String enrolment, String start, String end, String status, String endedEarly)
            throws SQLException {
        IDS.put(name, insert(c, "insert into placement (learner_id, company_id, centre_id, enrolment_id, placement_type, "
                        + "start_date, end_date, hours, status, ended_early_on, end_reason, recorded_by) "
                        + "values (?, ?, ?, ?, 'WORK_EXPERIENCE', ?, ?, 120, ?, ?, ?, 'desk') returning id",
                id(learner), company, centre, enrolment == null ? null : id(enrolment), day(start), day(end), status,
                day(endedEarly), endedEarly == null ? null : "found a job"));
    }

    private static void candidate(Connection c, String name, String session, String learner, String result,
                                  String certificate) throws SQLException {
        IDS.put(name, insert(c, "insert into validation_candidate (session_id, learner_id, result, certificate_number, "
                        + "certificate_date, recorded_by) values (?, ?, ?, ?, ?, 'assessor') returning id",
                id(session), id(learner), result, certificate, certificate == null ? null : day("2049-06-20")));
    }

    private static void screening(Connection c, String name, String learner, long centre, Long course, String on)
            throws SQLException {
        IDS.put(name, insert(c, "insert into screening (learner_id, centre_id, course_id, occupation, screened_on, "
                        + "assessor, recommendation, recorded_by) values (?, ?, ?, 'Soudeur', ?, 'assessor', 'ADMIT', "
                        + "'desk') returning id", id(learner), centre, course, day(on)));
    }

    private static long id(Connection c, String sql) throws SQLException {
        return insert(c, sql);
    }

    static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static Date day(String iso) {
        return iso == null ? null : Date.valueOf(LocalDate.parse(iso));
    }
}
