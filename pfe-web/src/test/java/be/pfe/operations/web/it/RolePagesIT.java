package be.pfe.operations.web.it;

import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages fit their reader (issue 13, role-aware pages): for each demonstration role, every page of the application is
 * answered 200 when the role's menu offers it and 403 (the "not allowed" page, saying why) when it does not; every
 * record page of a centre the role does not read (Digitalcity's session, attendance, learner, placement, plan,
 * calendar, timetabling job) is refused whole with 403 and nothing of the record in the HTML; unknown pages and
 * records are 404, parameters that are no values 400; the centre switcher lists the reader's centres only. In
 * Chromium, Actiris' manager meets no page or button they cannot use, and a link followed before signing in is opened
 * once signed in.
 */
class RolePagesIT {

    /** Every page the menu may offer (the dashboard included), as the menu links to them. */
    private static final List<String> MENU_PAGES = List.of("index", "sessions", "session-new", "calendar", "timetabling",
            "conflicts", "validations", "import", "companies", "occupancy", "yearly-report", "plans", "users", "privacy",
            "message-templates");
    /** Pages of figures (not records): a partner manager reads them for every centre. */
    private static final Set<String> FIGURE_PAGES = Set.of("index", "occupancy", "yearly-report");
    /** Roles that read none of Digitalcity's records. */
    private static final Set<String> OUTSIDERS = Set.of("staff.technicity", "board.technicity", "manager.actiris");
    private static final Pattern MENU_LINK = Pattern.compile("href=\"[^\"]*/([a-z-]+)\\.xhtml\"");
    private static final Pattern CENTRE_SWITCHER = Pattern.compile(
            "id=\"top:centreSwitcher_input\"[^>]*>(.*?)</select>", Pattern.DOTALL);

    private static String base;
    private static final Map<String, String> digitalcity = new LinkedHashMap<>();
    private static String technicitySession;

    @BeforeAll
    static void records() {
        base = RunningApplication.baseUrl();
        TestDatabase.shared().execute("""
                insert into learner (family_name, given_name, name_key, birth_date, language, entry_status,
                                     education_level, registered_at_centre_id)
                select 'Outsiderova', 'Zelda', 'outsiderova|zelda', date '1991-04-05', 'FR', 'JOBSEEKER_ACTIRIS',
                       'LOWER_SECONDARY', c.id from centre c where c.code = 'DIGITALCITY'
                on conflict (name_key, birth_date) do nothing;
                insert into enrolment (learner_id, session_id, status, applied_on, arrival, target_groups)
                select l.id, s.id, 'APPLIED', current_date, l.id, 'JOBSEEKER'
                from learner l, course_session s
                where l.name_key = 'outsiderova|zelda'
                  and s.id = (select min(s2.id) from course_session s2 join centre c2 on c2.id = s2.centre_id
                              join course k2 on k2.id = s2.course_id where c2.code = 'DIGITALCITY' and k2.kind = 'TRAINING'
                              and exists (select 1 from meeting m where m.session_id = s2.id))
                  and not exists (select 1 from enrolment e where e.learner_id = l.id);
                insert into placement (learner_id, company_id, centre_id, enrolment_id, placement_type, start_date,
                                       end_date, hours, workplace_tutor, centre_coach, status, recorded_by)
                select e.learner_id, (select min(id) from company), s.centre_id, e.id, 'INDIVIDUAL_VOCATIONAL',
                       current_date + 60, current_date + 90, 100, 'Tutorova', 'Coachova', 'DRAFT', 'staff.digitalcity'
                from enrolment e join learner l on l.id = e.learner_id join course_session s on s.id = e.session_id
                where l.name_key = 'outsiderova|zelda' and not exists (select 1 from placement x where x.learner_id = l.id);
                """);
        String centre = "(select id from centre where code = 'DIGITALCITY')";
        digitalcity.put("learner", one("select id from learner where name_key = 'outsiderova|zelda'"));
        digitalcity.put("session", one("select e.session_id from enrolment e join learner l on l.id = e.learner_id"
                + " where l.name_key = 'outsiderova|zelda'"));
        digitalcity.put("placement", one("select id from placement where learner_id = " + digitalcity.get("learner")));
        digitalcity.put("plan", optional("select min(id) from joint_action_plan where centre_id = " + centre, null));
        digitalcity.put("job", optional("select min(id) from timetabling_job where centre_id = " + centre, null));
        technicitySession = one("select min(s.id) from course_session s join centre c on c.id = s.centre_id"
                + " where c.code = 'TECHNICITY' and exists (select 1 from meeting m where m.session_id = s.id)");
    }

    /** What of Digitalcity's records may not appear in an outsider's page: course codes, the learner, links to the records. */
    private static List<String> traces() {
        List<String> traces = new ArrayList<>(List.of("DIG-", "Outsiderova", "Zelda", "Tutorova",
                "session=" + digitalcity.get("session") + "\"", "session=" + digitalcity.get("session") + "&amp;"));
        return traces;
    }

    private static void assertNoTrace(String user, String page, String body) {
        for (String trace : traces()) {
            if (trace.equals("DIG-") && (page.equals("session-new")
                    || user.equals("manager.actiris") && FIGURE_PAGES.contains(page))) {
                continue; // the course catalogue is reference data; a partner manager reads every centre's figures
            }
            String text = trace.equals("DIG-") ? body.replace("VAL-DIG-", "VAL-") : body; // validation units: catalogue
            assertFalse(text.contains(trace), user + " reads '" + trace + "' of Digitalcity on " + page);
        }
        Http.assertNoServerDetail(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "staff.technicity", "staff.digitalcity", "manager.actiris", "board.technicity",
            "auditor"})
    void everyPageIsOfferedExactlyWhenItMayBeUsedAndOtherCentresRecordsAreRefusedWhole(String user) {
        Http.User reader = Http.as(user);
        Http.Answer dashboard = reader.get(base + "index.xhtml", "en");
        assertEquals(200, dashboard.status(), dashboard.body());
        Set<String> offered = new TreeSet<>();
        Matcher link = MENU_LINK.matcher(menu(dashboard.body()));
        while (link.find()) {
            offered.add(link.group(1));
        }
        assertTrue(offered.contains("index"), user + ": " + offered);
        for (String page : MENU_PAGES) {
            Http.Answer answer = reader.get(base + page + ".xhtml", "en");
            if (offered.contains(page)) {
                assertEquals(200, answer.status(), user + " is offered " + page + " but it answers " + answer.status());
            } else {
                assertEquals(403, answer.status(), user + " is not offered " + page + " but it answers " + answer.status());
                assertTrue(answer.body().contains("id=\"forbidden\""), user + ", " + page + ": the refusal page");
                assertFalse(answer.body().contains("<form id=\"" + page), "nothing of the page itself");
            }
            if (OUTSIDERS.contains(user)) {
                assertNoTrace(user, page, answer.body());
            }
        }

        String switcher = switcher(dashboard.body());
        if (user.equals("admin") || user.equals("auditor") || user.equals("manager.actiris")) {
            assertTrue(switcher.contains("DIGITALCITY") && switcher.contains("TECHNICITY"), user + ": " + switcher);
        } else {
            assertTrue(switcher.isEmpty(), user + " reads one centre: no switcher, its name instead: " + switcher);
            assertTrue(dashboard.body().contains("id=\"top:centreOnly\""), user);
        }

        if (OUTSIDERS.contains(user)) {
            List<String> recordPages = new ArrayList<>(List.of(
                    "attendance.xhtml?session=" + digitalcity.get("session"),
                    "session-enrolments.xhtml?session=" + digitalcity.get("session"),
                    "learner-pathway.xhtml?learner=" + digitalcity.get("learner"),
                    "placement.xhtml?id=" + digitalcity.get("placement"),
                    "placement.xhtml?learner=" + digitalcity.get("learner"),
                    "calendar.xhtml?centre=DIGITALCITY"));
            if (digitalcity.get("plan") != null) {
                recordPages.add("plan.xhtml?id=" + digitalcity.get("plan"));
            }
            if (digitalcity.get("job") != null) {
                recordPages.add("timetabling.xhtml?job=" + digitalcity.get("job"));
            }
            for (String page : recordPages) {
                Http.Answer answer = reader.get(base + page, "en");
                assertEquals(403, answer.status(), user + " opens " + page + ": " + answer.status());
                assertTrue(answer.body().contains("id=\"forbidden\"") && answer.body().contains("id=\"reason\""),
                        user + ", " + page + ": the refusal page, saying why");
                assertFalse(answer.body().contains("attendanceForm") || answer.body().contains("Save attendance"),
                        user + ", " + page + ": no form of the record");
                assertNoTrace(user, page, answer.body());
            }
        }
    }

    @Test
    void unknownPagesAndRecordsAreNotFoundAndParametersThatAreNoValuesAreBadRequests() {
        Http.User staff = Http.as("staff.technicity");
        Http.Answer unknownPage = staff.get(base + "no-such-page.xhtml", "en");
        assertEquals(404, unknownPage.status());
        assertTrue(unknownPage.body().contains("Page not found"), unknownPage.body());
        assertFalse(unknownPage.body().contains("Something went wrong"));

        Http.Answer unknownCentre = staff.get(base + "calendar.xhtml?centre=NOPE", "en");
        assertEquals(404, unknownCentre.status(), unknownCentre.body());
        assertTrue(unknownCentre.body().contains("Page not found"));
        assertTrue(unknownCentre.body().contains("There is no centre"), "says why");

        Http.Answer unknownPlan = staff.get(base + "plan.xhtml?id=99999999", "en");
        assertTrue(unknownPlan.status() == 404 || unknownPlan.status() == 403, "status " + unknownPlan.status());

        for (String page : List.of("attendance.xhtml?session=abc", "session-enrolments.xhtml?session=abc",
                "learner-pathway.xhtml?learner=x1", "calendar.xhtml?centre=TECHNICITY&date=yesterday",
                "plan.xhtml?id=abc")) {
            Http.Answer bad = staff.get(base + page, "fr");
            assertEquals(400, bad.status(), page + ": " + bad.status());
            assertTrue(bad.body().contains("Adresse incorrecte"), page + ": the bad-request page, in French");
            Http.assertNoServerDetail(bad.body());
        }

        Http.Answer own = staff.get(base + "attendance.xhtml?session=" + technicitySession, "en");
        assertEquals(200, own.status(), "the own centre's attendance opens");
        assertTrue(own.body().contains("attendanceForm"));
        assertTrue(own.body().matches("(?s).*<h1 class=\"pfe-title\">Attendance · TEC-[A-Z0-9-]+ .*"),
                "titled with its session");
    }

    @Test
    void monthsAndNumbersOfTheOccupancyPageAreWrittenInTheReadersLanguage() {
        int year = java.time.Year.now().getValue();
        Map<String, String> january = Map.of("en", "January " + year, "fr", "janvier " + year, "nl", "januari " + year);
        for (String language : List.of("en", "fr", "nl")) {
            Http.Answer page = Http.as("auditor").get(base + "occupancy.xhtml?year=" + year + "&by=MONTH", language);
            assertEquals(200, page.status());
            assertTrue(page.body().contains(january.get(language)), language + ": the months by name");
            assertFalse(page.body().contains(">" + year + "-01<"), language + ": no month written " + year + "-01");
            String table = page.body().substring(page.body().indexOf("occupancyForm:table"));
            if (language.equals("en")) {
                assertFalse(table.matches("(?s).*>\\d+,\\d %?<.*"), "no decimal comma in English");
                assertFalse(table.matches("(?s).*>\\d{1,3}\\.\\d{3}(,\\d+)?<.*"), "no dot between thousands in English");
            } else {
                assertFalse(table.matches("(?s).*>\\d+\\.\\d{1,2}( ?%)?<.*"), language + ": no decimal point");
            }
        }
    }

    @Test
    void theCentreSwitcherKeepsNoCentreTheReaderDoesNotRead() {
        // a choice forged for another centre is not kept: the pages stay the reader's own, never "not allowed"
        try (Chromium chromium = Chromium.open(base)) {
            chromium.signIn("staff.technicity");
            assertTrue(chromium.browser.findElements(By.id("top:centreSwitcher")).isEmpty());
            assertTrue(chromium.byId("top:centreOnly").getText().contains("Technicity"));
            chromium.browser.get(base + "sessions.xhtml");
            chromium.ajaxDone();
            assertFalse(chromium.browser.getPageSource().contains("id=\"forbidden\""));
        }
    }

    @Test
    void aPartnerManagerMeetsNoPageOrButtonTheyCannotUse() throws Exception {
        try (Chromium chromium = Chromium.open(base)) {
            chromium.signIn("manager.actiris");
            chromium.screenshot("role-pages-manager-dashboard");
            WebElement menu = chromium.byId("top:menu");
            for (String item : List.of("Sessions", "New session", "Import", "Calendar", "Companies", "Users")) {
                assertTrue(menu.findElements(By.xpath(".//a[.//span[text()='" + item + "']]")).isEmpty(),
                        "no '" + item + "' in the menu");
            }
            assertTrue(chromium.browser.findElements(By.id("toSessions")).isEmpty(), "no 'See the sessions'");
            chromium.followMenu("Figures", "Occupancy");
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("occupancyForm:table")));
            chromium.ajaxDone();
            assertTrue(chromium.browser.findElements(By.cssSelector("[id$=':drill']")).isEmpty(),
                    "no drill-down to learners the manager may not see");
            assertTrue(chromium.browser.findElements(By.id("occupancyForm:table:drillTotal")).isEmpty());
            assertFalse(chromium.browser.getPageSource().contains("not allowed"));
            // the demonstration's year of activity: hundreds of seats taken this year, not a handful
            String occupied = chromium.byId("occupancyForm:table:totalOccupied").getText().replaceAll("\\D", "");
            assertTrue(Integer.parseInt(occupied) >= 200, "seats occupied this year: " + occupied);
            chromium.screenshot("role-pages-manager-occupancy");
            for (String link : pageLinks(chromium)) {
                Http.Answer answer = Http.as("manager.actiris").get(base + link, "en");
                assertEquals(200, answer.status(), "the manager is offered " + link + " and may use it");
            }
        }
    }

    @Test
    void aLinkFollowedBeforeSigningInIsOpenedOnceSignedIn() {
        try (Chromium chromium = Chromium.open(base)) {
            String link = "attendance.xhtml?session=" + technicitySession;
            chromium.browser.get(base + link);
            chromium.wait.until(ExpectedConditions.urlContains("login.xhtml"));
            chromium.byId("loginForm:username").sendKeys("staff.technicity");
            chromium.byId("loginForm:password").sendKeys(Http.DEMO_PASSWORD);
            chromium.byId("loginForm:signIn").click();
            chromium.wait.until(ExpectedConditions.urlContains(link));
            assertTrue(chromium.byId("attendanceForm").isDisplayed(), "the page asked for, not the dashboard");
        }
    }

    /** The same-application links of the page's menu and content (no API, no sign-out). */
    private static List<String> pageLinks(Chromium chromium) {
        List<String> links = new ArrayList<>();
        for (WebElement anchor : chromium.browser.findElements(By.cssSelector("a[href*='.xhtml']"))) {
            String href = anchor.getAttribute("href");
            if (href != null && href.startsWith(base)) {
                links.add(href.substring(base.length()));
            }
        }
        return links;
    }

    private static String menu(String body) {
        int start = body.indexOf("id=\"top:menu\"");
        int end = body.indexOf("class=\"pfe-switchers\"");
        return start < 0 || end < start ? "" : body.substring(start, end);
    }

    private static String switcher(String body) {
        Matcher select = CENTRE_SWITCHER.matcher(body);
        return select.find() ? select.group(1) : "";
    }

    private static String one(String sql) {
        String value = optional(sql, null);
        if (value == null) {
            throw new IllegalStateException("The demonstration data lacks: " + sql);
        }
        return value;
    }

    private static String optional(String sql, String otherwise) {
        try (Connection connection = TestDatabase.shared().dataSource().getConnection();
             ResultSet row = connection.createStatement().executeQuery(sql)) {
            return row.next() && row.getString(1) != null ? row.getString(1) : otherwise;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
