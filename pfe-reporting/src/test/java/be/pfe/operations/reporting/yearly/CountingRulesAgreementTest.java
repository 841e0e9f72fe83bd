package be.pfe.operations.reporting.yearly;

import be.pfe.operations.domain.attendance.AttendanceMark;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counting rules written twice, in Java and in SQL, say the same (issue 20): each SQL version is evaluated by the
 * real PostgreSQL for every value of the enum it is about and compared with the Java method.
 * <ul>
 *     <li>attended = present or late: {@link AttendanceMark#attended()} against every list of attended marks in the
 *     occupancy and yearly statements and in the migrations that count or index them (V18, V19);</li>
 *     <li>holds a seat: {@link EnrolmentStatus#holdsSeat()} against the yearly figures' {@code SEAT_HELD} and the
 *     seat-holding lists of the occupancy statement;</li>
 *     <li>target groups: {@link TargetGroup#of} against the yearly figures' {@code DERIVED_GROUPS}, for every entry
 *     status and education level at the ages around the rule's bounds.</li>
 * </ul>
 */
class CountingRulesAgreementTest {

    private static final TestDatabase DATABASE = TestDatabase.shared();

    /** {@code mark in ('PRESENT', 'LATE')} and the like. */
    private static final Pattern MARK_LIST = Pattern.compile("mark in \\(([^)]*)\\)");
    /** {@code status in ('ADMITTED', ...)}. */
    private static final Pattern STATUS_LIST = Pattern.compile("status in \\(([^)]*)\\)");

    @Test
    void attendedIsPresentOrLateInEverySqlThatCountsIt() throws Exception {
        List<String> lists = new ArrayList<>();
        for (String source : List.of(
                "pfe-reporting/src/main/java/be/pfe/operations/reporting/occupancy/OccupancySql.java",
                "pfe-reporting/src/main/java/be/pfe/operations/reporting/yearly/YearlySql.java",
                "pfe-domain/src/main/resources/db/migration/V18__attendance_attended_index.sql",
                "pfe-domain/src/main/resources/db/migration/V19__attended_meetings_summary.sql")) {
            List<String> found = lists(MARK_LIST, read(source));
            // the rate's denominator (present, late and absent: excused left out) is another rule
            found.removeIf(list -> list.contains("'ABSENT'"));
            assertFalse(found.isEmpty(), source + " lists the attended marks");
            lists.addAll(found);
        }
        for (String list : lists) {
            for (AttendanceMark mark : AttendanceMark.values()) {
                assertEquals(mark.attended(), sqlIn(mark.name(), list), mark + " in (" + list + ")");
            }
        }
    }

    @Test
    void aSeatIsHeldByTheSameStatusesInJavaAndInTheYearlyFigures() throws SQLException {
        for (EnrolmentStatus status : EnrolmentStatus.values()) {
            // an enrolment whose history has no admission: it holds a seat by its status alone
            assertEquals(status.holdsSeat(), seatHeld(status, false), status + " without an admission");
        }
        for (EnrolmentStatus status : EnrolmentStatus.values()) {
            // admitted once: a status holding a seat still counts; one that held it and left may count too, never less
            if (status.holdsSeat()) {
                assertTrue(seatHeld(status, true), status + " after an admission");
            }
        }
    }

    @Test
    void theOccupancyFiguresHoldSeatsByTheStatusesOfJava() throws Exception {
        List<String> holding = lists(STATUS_LIST,
                read("pfe-reporting/src/main/java/be/pfe/operations/reporting/occupancy/OccupancySql.java"));
        holding.removeIf(list -> !list.contains("'ENROLLED'"));
        assertFalse(holding.isEmpty(), "the occupancy statement lists the statuses holding a seat");
        for (String list : holding) {
            for (EnrolmentStatus status : EnrolmentStatus.values()) {
                assertEquals(status.holdsSeat(), sqlIn(status.name(), list), status + " in (" + list + ")");
            }
        }
    }

    @Test
    void targetGroupsAreDerivedAlikeInJavaAndInTheYearlyFigures() throws SQLException {
        LocalDate on = LocalDate.of(2026, 3, 1);
        int compared = 0;
        for (int age : new int[] {14, 15, 29, 30}) {
            // born on the day (the birthday counts) and the day after (one year younger)
            for (LocalDate birthDate : List.of(on.minusYears(age), on.minusYears(age).plusDays(1))) {
                for (EntryStatus entry : EntryStatus.values()) {
                    for (EducationLevel education : EducationLevel.values()) {
                        Set<TargetGroup> java = TargetGroup.of(birthDate, entry, education, on);
                        assertEquals(java, derivedInSql(birthDate, entry, education, on),
                                "born " + birthDate + ", " + entry + ", " + education + " on " + on);
                        compared++;
                    }
                }
            }
        }
        assertEquals(8 * EntryStatus.values().length * EducationLevel.values().length, compared);
    }

    private static boolean seatHeld(EnrolmentStatus status, boolean admittedOnce) throws SQLException {
        // the enrolment, its session and the year as the yearly statement names them; its history shadows the table
        String sql = """
                with e(id, session_id, status, outcome_date) as (values (0, 0, cast(? as varchar), date '2026-06-30')),
                     h(start_date) as (values (date '2026-02-01')),
                     p(y_start) as (values (date '2026-01-01')),
                     enrolment_transition(enrolment_id, session_id, to_status) as (
                         select 0, 0, cast('ADMITTED' as varchar) where ?)
                select %s from e, h, p""".formatted(YearlySql.SEAT_HELD);
        try (Connection connection = DATABASE.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, status.name());
            statement.setBoolean(2, admittedOnce);
            return single(statement);
        }
    }

    private static Set<TargetGroup> derivedInSql(LocalDate birthDate, EntryStatus entry, EducationLevel education,
                                                 LocalDate on) throws SQLException {
        String sql = """
                with l(birth_date, entry_status, education_level) as (
                         values (cast(? as date), cast(? as varchar), cast(? as varchar))),
                     sp(begins) as (values (cast(? as date)))
                select %s from l, sp""".formatted(YearlySql.DERIVED_GROUPS);
        try (Connection connection = DATABASE.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setDate(1, Date.valueOf(birthDate));
            statement.setString(2, entry.name());
            statement.setString(3, education.name());
            statement.setDate(4, Date.valueOf(on));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                String groups = result.getString(1);
                return groups == null || groups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : TargetGroup.read(groups);
            }
        }
    }

    /** Whether PostgreSQL finds the value in the list of literals. */
    private static boolean sqlIn(String value, String list) throws SQLException {
        try (Connection connection = DATABASE.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select cast(? as varchar) in (" + list + ")")) {
            statement.setString(1, value);
            return single(statement);
        }
    }

    private static boolean single(PreparedStatement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            assertTrue(result.next());
            return result.getBoolean(1);
        }
    }

    private static List<String> lists(Pattern pattern, String text) {
        List<String> lists = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            lists.add(matcher.group(1));
        }
        return lists;
    }

    private static String read(String fromRoot) throws IOException {
        Path here = Path.of("").toAbsolutePath();
        for (Path folder = here; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(fromRoot))) {
                return Files.readString(folder.resolve(fromRoot));
            }
        }
        throw new IllegalStateException(fromRoot + " not found above " + here);
    }
}
