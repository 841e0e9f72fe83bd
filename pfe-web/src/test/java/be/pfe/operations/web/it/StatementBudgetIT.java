package be.pfe.operations.web.it;

import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQL statements of each main page and list, counted by the application itself (pfe.diagnostics.statements,
 * on in the integration tests): each page stays within its budget, and a list of many rows takes as many statements
 * as a list of few, so that a page whose statements grow with its rows (N+1) fails the build.
 */
class StatementBudgetIT {

    /** The most statements a page may take, authentication included (measured, then a little room). */
    private static final int PAGE_BUDGET = 30;
    /**
     * The pages that detect conflicts: the detector reads the trainers (qualifications, availability, absences),
     * rooms and courses of all the sessions concerned in one statement per kind (issue 18: measured 51, 48 and 104
     * on the demonstration data before, 18, 14 and 57 after). The session page's remaining statements are its own
     * use cases reading the session again (access check, then the record), not the detector.
     */
    private static final Map<String, Integer> CONFLICT_PAGE_BUDGETS = Map.of("calendar", 20, "conflicts", 16,
            "session", 60);
    /** The most statements an API list may take. */
    private static final int LIST_BUDGET = 12;

    private static String base;
    private static long fewSession;
    private static long manySession;
    private static long learner;

    @BeforeAll
    static void start() {
        base = RunningApplication.baseUrl();
        // two sessions over of the demonstration's year of activity, the same in all but their learners: the one
        // with the fewest, the one with the most
        String byLearners = "select s.id from course_session s join room r on r.id = s.room_id"
                + " where r.code in ('T-B01', 'T-C12', 'D-203', 'D-204') and s.status = 'CLOSED'"
                + " order by (select count(*) from enrolment e where e.session_id = s.id) %s, s.id limit 1";
        fewSession = TestDatabase.shared().inTransaction(em -> ((Number) em.createNativeQuery(
                byLearners.formatted("asc")).getSingleResult()).longValue());
        manySession = TestDatabase.shared().inTransaction(em -> ((Number) em.createNativeQuery(
                byLearners.formatted("desc")).getSingleResult()).longValue());
        learner = TestDatabase.shared().inTransaction(em -> ((Number) em.createNativeQuery(
                "select e.learner_id from enrolment e where e.session_id = ? and e.status = 'COMPLETED' order by e.id"
                        + " limit 1").setParameter(1, manySession).getSingleResult()).longValue());
    }

    private static int statements(String path) {
        String id = UUID.randomUUID().toString();
        Http.Answer answer = Http.as("admin").send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept-Language", "en").header("X-Diagnostics-Id", id).GET());
        assertEquals(200, answer.status(), path + ": " + answer.body());
        Http.Answer count = Http.anonymous().get(base + "diagnostics/statements?request=" + id, "en");
        assertEquals(200, count.status(), "counted: " + path);
        String[] lines = count.body().split("\n");
        int statements = Integer.parseInt(lines[0].strip());
        if (System.getProperty("pfe.it.sql") != null && path.contains(System.getProperty("pfe.it.sql"))) {
            Http.Answer sql = Http.anonymous().get(base + "diagnostics/statements?sql=true&request=" + id, "en");
            System.out.println("[pfe-it] SQL of " + path + ":\n" + sql.body());
        }
        return statements;
    }

    @Test
    void everyMainPageStaysWithinItsBudget() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String page : List.of("index", "sessions", "session-new", "calendar", "timetabling", "conflicts",
                "validations", "import", "companies", "occupancy", "yearly-report", "plans", "users", "privacy",
                "courses", "rooms", "trainers", "learners")) {
            counts.put(page, statements(page + ".xhtml"));
        }
        counts.put("session", statements("session.xhtml?id=" + manySession));
        counts.put("session-enrolments", statements("session-enrolments.xhtml?session=" + manySession));
        counts.put("attendance", statements("attendance.xhtml?session=" + manySession));
        counts.put("learner", statements("learner.xhtml?id=" + learner));
        System.out.println("[pfe-it] SQL statements per page: " + counts);
        counts.forEach((page, count) -> assertTrue(count <= CONFLICT_PAGE_BUDGETS.getOrDefault(page, PAGE_BUDGET),
                page + " took " + count + " statements"));
    }

    @Test
    void aSessionOfManyLearnersTakesNoMoreStatementsThanOneOfFew() {
        // (not the session page: its conflicts depend on the sessions that overlap it, not on its learners)
        for (String page : List.of("session-enrolments.xhtml?session=", "attendance.xhtml?session=")) {
            statements(page + fewSession); // the first visit of a kind loads what is cached for all
            int few = statements(page + fewSession);
            int many = statements(page + manySession);
            assertEquals(few, many, page + ": statements grow with the learners (" + few + " for the fewest, " + many
                    + " for the most)");
        }
    }

    @Test
    void anApiListOfFiftyRowsTakesNoMoreStatementsThanOneOfFive() {
        for (String list : List.of("api/v1/sessions?", "api/v1/learners?q=a&")) {
            statements(list + "size=5");
            int five = statements(list + "size=5");
            int fifty = statements(list + "size=50");
            System.out.println("[pfe-it] SQL statements of " + list + ": " + five + " for 5 rows, " + fifty + " for 50");
            assertEquals(five, fifty, list + ": statements grow with the rows");
            assertTrue(fifty <= LIST_BUDGET, list + " took " + fifty + " statements");
        }
        statements("api/v1/enrolments?session=" + fewSession);
        int few = statements("api/v1/enrolments?session=" + fewSession);
        int many = statements("api/v1/enrolments?session=" + manySession);
        assertEquals(few, many, "a session's enrolments: statements grow with the learners");
        assertTrue(many <= LIST_BUDGET, "a session's enrolments took " + many + " statements");
    }
    /** The SQL of one request (without values), a statement a line, as the application counted them. */
    private static List<String> sql(String path) {
        String id = UUID.randomUUID().toString();
        Http.Answer answer = Http.as("staff.technicity").send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept-Language", "en").header("X-Diagnostics-Id", id).GET());
        assertEquals(200, answer.status(), path + ": " + answer.body());
        Http.Answer listed = Http.anonymous().get(base + "diagnostics/statements?sql=true&request=" + id, "en");
        assertEquals(200, listed.status(), "listed: " + path);
        List<String> lines = listed.body().lines().toList();
        return lines.subList(1, lines.size());
    }

    @Test
    void aLazyTableOrListCountsItsRowsOnceAtMost() {
        // a regional-scale count is a scan of a centre's records (benchmarks/regional.sh): once per request at most
        for (String path : List.of("learners.xhtml", "sessions.xhtml", "api/v1/learners?q=a&size=20",
                "api/v1/sessions?centre=TECHNICITY&size=20")) {
            sql(path); // the first visit of a kind loads what is cached for all
            List<String> counts = sql(path).stream()
                    .filter(line -> line.toLowerCase(java.util.Locale.ROOT).contains("count(")).toList();
            System.out.println("[pfe-it] counts of " + path + ": " + counts.size());
            assertTrue(counts.size() <= 1, path + " counted " + counts.size() + " times: " + counts);
        }
    }
}
