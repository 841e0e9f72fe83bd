package be.pfe.operations.web.it;

import be.pfe.operations.testing.TestDatabase;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The enrolment desk: learners found (REST and pages) among those the reader's centres know, whatever the accents
 * and case of the name, by national register number only exactly and only in a body; corrected from the version
 * read; and, in a real Chromium as Technicity's staff, the demo learner found with an accent typed wrong, enrolled
 * in a second session, learners screened together, one admitted and one refused with a reason, the session filled,
 * the next learner waitlisted and removed from the waitlist.
 */
class LearnerDeskIT {

    private static String base;
    private static Chromium chromium;
    private static final List<Long> LEARNERS = new ArrayList<>();
    private static final List<Long> SESSIONS = new ArrayList<>();

    @BeforeAll
    static void start() {
        base = RunningApplication.baseUrl();
    }

    @AfterAll
    static void cleanUp() {
        if (chromium != null) {
            chromium.close();
        }
        String sessions = SESSIONS.isEmpty() ? "0" : String.join(",", SESSIONS.stream().map(String::valueOf).toList());
        String learners = LEARNERS.isEmpty() ? "0" : String.join(",", LEARNERS.stream().map(String::valueOf).toList());
        TestDatabase.shared().execute("""
                begin;
                alter table enrolment_transition disable trigger enrolment_transition_append_only;
                delete from enrolment_transition where enrolment_id in (select id from enrolment
                    where session_id in (%1$s) or learner_id in (%2$s));
                alter table enrolment_transition enable trigger enrolment_transition_append_only;
                delete from enrolment where session_id in (%1$s) or learner_id in (%2$s);
                delete from learner where id in (%2$s);
                delete from course_session where id in (%1$s);
                commit;""".formatted(sessions, learners));
    }

    @AfterEach
    void screenshot(TestInfo test) throws IOException {
        if (chromium != null) {
            chromium.screenshot(test.getDisplayName());
        }
    }

    private static long register(Http.User user, String family, String given, String birthDate, String niss) {
        Http.Answer registered = user.post(base + "api/v1/learners", """
                {"familyName":"%s","givenName":"%s","birthDate":"%s","language":"FR",
                 "entryStatus":"JOBSEEKER_ACTIRIS","educationLevel":"LOWER_SECONDARY"%s}"""
                .formatted(family, given, birthDate, niss == null ? "" : ",\"niss\":\"" + niss + "\""), "en");
        assertEquals(201, registered.status(), registered.body());
        long id = registered.json().getJsonNumber("id").longValue();
        LEARNERS.add(id);
        return id;
    }

    private static long session(String centre, String course, String start, String end, int seats) {
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"%s","course":"%s","startDate":"%s","endDate":"%s","seatCapacity":%d,
                 "teachingLanguage":"FR"}""".formatted(centre, course, start, end, seats), "en");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        SESSIONS.add(id);
        return id;
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> names(Http.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonArray("learners").stream()
                .map(value -> value.asJsonObject().getString("familyName") + " " + value.asJsonObject().getString("givenName"))
                .toList();
    }

    @Test
    void findsLearnersByNameWhateverTheAccentsPagesThemAndStaysInTheReadersCentres() {
        Http.User technicity = Http.as("staff.technicity");
        Http.User digitalcity = Http.as("staff.digitalcity");
        assertTrue(names(technicity.get(base + "api/v1/learners?q=" + q("Yasmína"), "en"))
                .contains("Demo-Lambert Yasmina"), "the demo learner, known to Technicity by her enrolment");
        assertTrue(names(technicity.get(base + "api/v1/learners?q=" + q("LAMBERT yasmina") + "&birthDate=1994-04-12",
                "en")).contains("Demo-Lambert Yasmina"));

        register(digitalcity, "Deskprobe", "Ana", "1985-07-30", "85.07.30-033.28");
        register(digitalcity, "Deskprobé", "Bert", "1990-01-01", null);
        register(digitalcity, "DESKPROBE", "Chloé", "1991-01-01", null);
        JsonObject first = digitalcity.get(base + "api/v1/learners?q=deskprobe&first=0&size=2", "en").json();
        assertEquals(3, first.getInt("total"));
        assertEquals(2, first.getJsonArray("learners").size());
        assertEquals(List.of("Deskprobe Ana", "Deskprobé Bert"), names(
                digitalcity.get(base + "api/v1/learners?q=deskprobe&first=0&size=2", "en")));
        assertEquals(List.of("DESKPROBE Chloé"), names(
                digitalcity.get(base + "api/v1/learners?q=deskprobe&first=2&size=2", "en")));
        assertFalse(first.toString().contains("033"), "no national register number in a list");

        JsonObject outside = technicity.get(base + "api/v1/learners?q=deskprobe", "en").json();
        assertEquals(0, outside.getInt("total"), "Technicity's staff never find Digitalcity's learners");
        assertEquals(List.of(), names(technicity.get(base + "api/v1/learners?number=" + LEARNERS.get(0), "en")));

        assertEquals(List.of("Deskprobe Ana"), names(digitalcity.post(base + "api/v1/learners/search",
                "{\"niss\":\"85073003328\"}", "en")));
        assertEquals(List.of(), names(technicity.post(base + "api/v1/learners/search",
                "{\"niss\":\"85073003328\"}", "en")));
        Http.Answer part = digitalcity.post(base + "api/v1/learners/search", "{\"niss\":\"850730\"}", "en");
        Http.assertProblem(part, 422, "niss.format");
        assertFalse(part.body().contains("850730"), "the refusal does not repeat the number");

        Http.assertProblem(digitalcity.get(base + "api/v1/learners?size=1000", "en"), 422, "learner.search.size");
        assertEquals(400, digitalcity.get(base + "api/v1/learners?first=abc", "en").status());
        Http.assertProblem(Http.as("manager.actiris").get(base + "api/v1/learners?q=deskprobe", "en"), 403,
                "access.denied");
    }

    @Test
    void correctsALearnerFromTheVersionReadAndRefusesAStaleVersionAndAnotherCentre() {
        Http.User digitalcity = Http.as("staff.digitalcity");
        long learner = register(digitalcity, "Deskedit", "Dana", "1992-02-02", null);
        JsonObject read = digitalcity.get(base + "api/v1/learners/" + learner, "en").json();
        long version = read.getJsonNumber("version").longValue();
        String change = """
                {"familyName":"Deskedit","givenName":"Daná","birthDate":"1992-02-02","language":"NL",
                 "entryStatus":"WORKER","educationLevel":"HIGHER","version":%d}""";

        Http.assertProblem(Http.as("staff.technicity").put(base + "api/v1/learners/" + learner,
                change.formatted(version), "en"), 403, "access.denied.record");
        Http.Answer changed = digitalcity.put(base + "api/v1/learners/" + learner, change.formatted(version), "en");
        assertEquals(200, changed.status(), changed.body());
        assertEquals("Daná", changed.json().getString("givenName"));
        assertEquals("WORKER", changed.json().getString("entryStatus"));
        assertEquals(version + 1, changed.json().getJsonNumber("version").longValue());
        Http.assertProblem(digitalcity.put(base + "api/v1/learners/" + learner, change.formatted(version), "en"), 409,
                "request.concurrentChange");
        Http.assertProblem(digitalcity.put(base + "api/v1/learners/" + learner, """
                {"familyName":"","givenName":"Dana","birthDate":"1992-02-02","language":"NL",
                 "entryStatus":"WORKER","educationLevel":"HIGHER","version":%d}""".formatted(version + 1), "en"),
                422, "learner.name.required");
        assertEquals("Daná", digitalcity.get(base + "api/v1/learners/" + learner, "en").json().getString("givenName"));
        assertEquals(List.of("Deskedit Daná"), names(digitalcity.get(base + "api/v1/learners?q=" + q("deskedit dana"), "en")));
    }

    @Test
    void aWaitlistedLearnerIsRemovedFromTheWaitlistThroughTheApiWithAReason() {
        long session = session("TECHNICITY", "TEC-SOUD-01", "2039-09-05", "2039-12-16", 1);
        Http.User staff = Http.as("staff.technicity");
        List<Long> enrolments = new ArrayList<>();
        for (String given : List.of("One", "Two")) {
            long learner = register(staff, "Deskapi", given, "1993-03-0" + (enrolments.size() + 1), null);
            Http.Answer applied = staff.post(base + "api/v1/enrolments",
                    "{\"learner\":%d,\"session\":%d}".formatted(learner, session), "en");
            long enrolment = applied.json().getJsonNumber("id").longValue();
            enrolments.add(enrolment);
            assertEquals(200, staff.current().post(base + "api/v1/enrolments/" + enrolment + "/steps", "{\"step\":\"SCREEN\"}",
                    "en").status());
            assertEquals(200, staff.current().post(base + "api/v1/enrolments/" + enrolment + "/steps", "{\"step\":\"ADMIT\"}",
                    "en").status());
        }
        String waiting = base + "api/v1/enrolments/" + enrolments.get(1) + "/steps";
        assertEquals("WAITLISTED", staff.get(base + "api/v1/enrolments/" + enrolments.get(1), "en").json()
                .getString("status"));
        Http.assertProblem(staff.current().post(waiting, "{\"step\":\"REMOVE_FROM_WAITLIST\"}", "en"), 422,
                "enrolment.reason.required");
        Http.assertProblem(Http.as("staff.digitalcity").current().post(waiting,
                "{\"step\":\"REMOVE_FROM_WAITLIST\",\"reason\":\"no\"}", "en"), 403, "access.denied.record");
        Http.assertProblem(staff.current().post(base + "api/v1/enrolments/" + enrolments.get(0) + "/steps",
                "{\"step\":\"REMOVE_FROM_WAITLIST\",\"reason\":\"no\"}", "en"), 422, "enrolment.status.transition");
        Http.Answer removed = staff.current().post(waiting, "{\"step\":\"REMOVE_FROM_WAITLIST\",\"reason\":\"found a job\"}", "en");
        assertEquals(200, removed.status(), removed.body());
        assertEquals("WITHDRAWN", removed.json().getString("status"));
        var history = removed.json().getJsonArray("history");
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals("WAITLISTED", last.getString("from"));
        assertEquals("WITHDRAWN", last.getString("to"));
        assertEquals("found a job", last.getString("reason"));
        assertEquals(0, staff.get(base + "api/v1/sessions/" + session + "/seats", "en").json().getInt("waitlisted"));
    }

    // ---- the journey in Chromium, as Technicity's staff ----

    private WebElement byId(String id) {
        return chromium.byId(id);
    }

    /** The page's messages (present even when empty, and then invisible). */
    private String summary(String form) {
        return chromium.browser.findElement(By.id(form + ":summary")).getText().strip();
    }

    private WebElement row(String table, String text) {
        return chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tbody[@id='enrolmentsForm:" + table + "_data']/tr[contains(., '" + text + "')]")));
    }

    private void click(WebElement row, String button) {
        row.findElement(By.xpath(".//button[.//span[text()='" + button + "']]")).click();
        chromium.ajaxDone();
    }

    private void select(String widgetInput, long value) {
        ((JavascriptExecutor) chromium.browser).executeScript(
                "PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);", widgetInput, String.valueOf(value));
        chromium.ajaxDone();
    }

    private void shot(String name) throws IOException {
        chromium.screenshot("LearnerDeskIT_" + name);
    }

    @Test
    void staffFindTheDemoLearnerEnrolHerAdmitRefuseFillTheSessionAndRemoveOneFromTheWaitlist() throws IOException {
        long second = session("TECHNICITY", "TEC-SOUD-01", "2039-03-07", "2039-06-24", 3);
        Http.User staff = Http.as("staff.technicity");
        List<String> applicants = List.of("Deskadmit", "Deskrefuse", "Deskwait");
        for (String family : applicants) {
            long learner = register(staff, family, "Test", "1995-05-0" + (applicants.indexOf(family) + 1), null);
            Http.Answer applied = staff.post(base + "api/v1/enrolments",
                    "{\"learner\":%d,\"session\":%d}".formatted(learner, second), "en");
            assertEquals(201, applied.status(), applied.body());
        }

        chromium = Chromium.open(base, 1400);
        chromium.signIn("staff.technicity");
        chromium.followMenu("Learners", "Find a learner");
        chromium.wait.until(ExpectedConditions.urlContains("learners.xhtml"));
        chromium.type("learnersForm:text", "Yasmína");
        byId("learnersForm:search").click();
        chromium.ajaxDone();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("learnersForm:learners_data"),
                "Demo-Lambert Yasmina"));
        chromium.type("learnersForm:text", "LAMBERT yasmina");
        byId("learnersForm:search").click();
        chromium.ajaxDone();
        WebElement found = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tbody[@id='learnersForm:learners_data']/tr[contains(., 'Demo-Lambert Yasmina')]")));
        assertFalse(chromium.browser.getCurrentUrl().contains("yasmina"), "the search is not in the address");
        shot("1_learners_found");
        found.findElement(By.tagName("a")).click();
        chromium.wait.until(ExpectedConditions.urlContains("learner.xhtml"));
        assertTrue(byId("learnerHeading").getText().contains("Demo-Lambert Yasmina"));
        assertTrue(byId("learnerForm:enrolments").getText().contains("TEC-SOUD-01"), "her first session");

        select("widget_learnerForm_session", second);
        byId("learnerForm:enrol").click();
        chromium.ajaxDone();
        assertTrue(summary("learnerForm").contains("Demo-Lambert Yasmina is admitted."), summary("learnerForm"));
        assertEquals(2, chromium.browser.findElements(By.xpath(
                "//tbody[@id='learnerForm:enrolments_data']/tr[contains(., 'TEC-SOUD-01')]")).size());
        assertEquals("Choose a session", byId("learnerForm:session_label").getText(), "the form is reset");
        shot("2_learner_enrolled");

        chromium.browser.get(base + "session-enrolments.xhtml?session=" + second);
        chromium.ajaxDone();
        assertTrue(row("enrolments", "Demo-Lambert").getText().contains("Admitted"));
        // screen two applicants together
        for (String family : List.of("Deskadmit", "Deskwait")) {
            row("enrolments", family).findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
        }
        byId("enrolmentsForm:bulkScreen").click();
        chromium.ajaxDone();
        assertTrue(summary("enrolmentsForm").contains("Screen: done for 2 of the 2 learners selected."),
                summary("enrolmentsForm"));
        assertTrue(row("enrolments", "Deskadmit").getText().contains("Screened"));
        assertTrue(row("enrolments", "Deskwait").getText().contains("Screened"));
        assertTrue(row("enrolments", "Deskrefuse").getText().contains("Applied"));

        click(row("enrolments", "Deskadmit"), "Admit");
        assertTrue(summary("enrolmentsForm").contains("Deskadmit Test: Admitted."), summary("enrolmentsForm"));
        assertTrue(row("enrolments", "Deskadmit").getText().contains("Admitted"));

        click(row("enrolments", "Deskrefuse"), "Refuse…");
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enrolmentsForm:stepReason")));
        assertTrue(byId("enrolmentsForm:stepDialog").getText().contains("Refuse: Deskrefuse Test"));
        byId("enrolmentsForm:stepConfirm").click();
        chromium.ajaxDone();
        WebElement needed = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='enrolmentsForm:stepReasonMessage'] .ui-message-error-detail")));
        assertEquals("Give the reason.", needed.getText().strip(), "a message beside the reason");
        assertEquals("", summary("enrolmentsForm"), "and not a second time at the top of the page");
        shot("3_refusal_needs_a_reason");
        chromium.type("enrolmentsForm:stepReason", "prerequisites missing: no welding basics");
        byId("enrolmentsForm:stepConfirm").click();
        chromium.ajaxDone();
        chromium.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("enrolmentsForm:stepDialog")));
        assertTrue(row("enrolments", "Deskrefuse").getText().contains("Refused"));

        // fill the session with a new learner through a partner: the form is then reset, partner included
        chromium.type("enrolmentsForm:familyName", "Deskfill");
        chromium.type("enrolmentsForm:givenName", "Test");
        chromium.type("enrolmentsForm:birthDate_input", "06/06/1996");
        chromium.choose("enrolmentsForm:partner", "Actiris"); // partners by their names
        byId("enrolmentsForm:enrol").click();
        chromium.ajaxDone();
        assertTrue(summary("enrolmentsForm").contains("Deskfill Test is admitted."), summary("enrolmentsForm"));
        LEARNERS.add(Long.valueOf(one("select id from learner where family_name = 'Deskfill'")));
        assertEquals("3 of 3 seats taken, 0 free, 0 waiting.", byId("seatTotals").getText().strip());
        assertEquals("", byId("enrolmentsForm:familyName").getAttribute("value"));
        assertTrue(byId("enrolmentsForm:partner_label").getText().startsWith("None"),
                "the partner is reset too: " + byId("enrolmentsForm:partner_label").getText());

        click(row("enrolments", "Deskwait"), "Admit");
        assertTrue(summary("enrolmentsForm").contains("Deskwait Test is on the waitlist, number 1."),
                summary("enrolmentsForm"));
        assertTrue(row("waitlist", "Deskwait Test").getText().startsWith("1"));
        assertTrue(byId("waitlistRule").getText().contains("Order: first come, first served"),
                byId("waitlistRule").getText());
        shot("4_full_and_waitlisted");

        click(row("waitlist", "Deskwait Test"), "Remove from waitlist…");
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enrolmentsForm:stepReason")));
        chromium.type("enrolmentsForm:stepReason", "found a job meanwhile");
        byId("enrolmentsForm:stepConfirm").click();
        chromium.ajaxDone();
        chromium.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("enrolmentsForm:stepDialog")));
        assertTrue(row("enrolments", "Deskwait").getText().contains("Removed from the waitlist"));
        assertTrue(byId("enrolmentsForm:waitlist").getText().contains("Nobody is waiting."));
        assertEquals("3 of 3 seats taken, 0 free, 0 waiting.", byId("seatTotals").getText().strip());
        shot("5_removed_from_waitlist");

        // a registered learner found from the session's page: the refused one applies again, and waits
        chromium.type("enrolmentsForm:q", "DESKREFUSE test");
        byId("enrolmentsForm:find").click();
        chromium.ajaxDone();
        WebElement candidate = row("found", "Deskrefuse Test");
        click(candidate, "Enrol in this session");
        assertTrue(summary("enrolmentsForm").contains("Deskrefuse Test is on the waitlist, number 1."),
                summary("enrolmentsForm"));
        assertEquals("", byId("enrolmentsForm:q").getAttribute("value"), "the finder is reset");
        assertTrue(row("waitlist", "Deskrefuse Test").getText().startsWith("1"));
        shot("6_registered_learner_waitlisted");

        JsonObject history = Http.as("staff.technicity").get(base + "api/v1/enrolments?session=" + second, "en")
                .structure().asJsonArray().stream().map(value -> value.asJsonObject())
                .filter(row -> row.getString("familyName").equals("Deskrefuse")).findFirst().orElseThrow();
        assertEquals("REFUSED", history.getString("status"));
    }

    private static String one(String sql) {
        try (var connection = TestDatabase.shared().dataSource().getConnection();
             var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
