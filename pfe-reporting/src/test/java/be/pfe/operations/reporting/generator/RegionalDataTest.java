package be.pfe.operations.reporting.generator;

import be.pfe.operations.devserver.DatabaseSettings;
import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The regional data set at a small scale (one year of one centre): written with the triggers off, it leaves the
 * attendance summary exactly as the triggers keep it, the triggers working again and every index back.
 */
class RegionalDataTest {

    private static final TestDatabase DATABASE = TestDatabase.shared();
    private static final String INDEXES = "select count(*) from pg_indexes where schemaname = 'public'";
    /** Rows of the summary that differ from the marks counted afresh (V19's statement), either way. */
    private static final String SUMMARY_DIFFERENCES = """
            select count(*) from (
                (select session_id, month, length, enrolment_id, meetings from attended_meetings
                 except
                 select m.session_id, cast(date_trunc('month', m.meeting_date) as date), m.end_time - m.start_time,
                        a.enrolment_id, count(*)
                 from attendance a join meeting m on m.id = a.meeting_id
                 where a.mark in ('PRESENT', 'LATE') and m.status = 'SCHEDULED' group by 1, 2, 3, 4)
                union all
                (select m.session_id, cast(date_trunc('month', m.meeting_date) as date), m.end_time - m.start_time,
                        a.enrolment_id, count(*)
                 from attendance a join meeting m on m.id = a.meeting_id
                 where a.mark in ('PRESENT', 'LATE') and m.status = 'SCHEDULED' group by 1, 2, 3, 4
                 except
                 select session_id, month, length, enrolment_id, meetings from attended_meetings)) differences""";

    private static long single(String sql) {
        return DATABASE.inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void theLoadLeavesTheSummaryExactTheTriggersOnAndTheIndexesBack() throws Exception {
        DATABASE.deleteOperationalData();
        long indexes = single(INDEXES);
        DatabaseSettings settings = DATABASE.settings();
        try {
            new RegionalData(42, 1, 1, LocalDate.now().getYear() - 1)
                    .load(settings.url(), settings.user(), settings.password(), false);
            assertEquals(1050, DATABASE.count("learner"));
            assertTrue(DATABASE.count("enrolment") > 4000, "enrolments: " + DATABASE.count("enrolment"));
            assertTrue(DATABASE.count("attendance") > 40_000, "marks: " + DATABASE.count("attendance"));
            assertTrue(DATABASE.count("attended_meetings") > 0);
            assertEquals(0, single(SUMMARY_DIFFERENCES), "the summary as the triggers keep it");
            assertEquals(indexes, single(INDEXES), "every index back");

            // the triggers work again: a mark changed from present to absent leaves the summary
            long attended = single("select sum(meetings) from attended_meetings");
            DATABASE.execute("""
                    update attendance set mark = 'ABSENT' where (meeting_id, enrolment_id) = (
                        select a.meeting_id, a.enrolment_id from attendance a join meeting m on m.id = a.meeting_id
                        where a.mark = 'PRESENT' and m.status = 'SCHEDULED' order by 1, 2 limit 1)""");
            assertEquals(attended - 1, single("select sum(meetings) from attended_meetings"));
            assertEquals(0, single(SUMMARY_DIFFERENCES));
        } finally {
            DATABASE.deleteOperationalData();
            DATABASE.execute("delete from user_account where username like 'bench.%'");
        }
    }
}
