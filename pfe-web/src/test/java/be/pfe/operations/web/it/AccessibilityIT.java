package be.pfe.operations.web.it;

import be.pfe.operations.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main pages pass axe-core's WCAG 2.0/2.1 A and AA rules without a serious or critical violation (the
 * moderate and minor ones are printed, none is excluded), and the session form works by keyboard: a skip link first,
 * then every field in order up to the submit button. axe-core comes from the npm registry through the build
 * ({@code pfe.axe}). A session in 2045 for the enrolments page.
 */
class AccessibilityIT {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static Chromium chromium;
    private static String base;
    private static String axe;
    private static long session;

    @BeforeAll
    static void openBrowser() throws IOException {
        base = RunningApplication.baseUrl();
        axe = Files.readString(Path.of(System.getProperty("pfe.axe", "target/axe-core/package/axe.min.js")));
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"TECHNICITY","course":"TEC-ELEC-01","startDate":"2045-09-04","endDate":"2045-10-27",
                 "seatCapacity":8,"teachingLanguage":"FR"}""", "en");
        assertEquals(201, created.status(), created.body());
        session = created.json().getJsonNumber("id").longValue();
        chromium = Chromium.open(base, 1200);
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.quit();
        }
        // the journeys look for their sessions among the newest
        TestDatabase.shared().execute("delete from course_session where id = " + session);
    }

    /** The violations axe finds on the page the browser shows, by impact; the blocking ones also as a report. */
    private static JsonArray violations() {
        JavascriptExecutor script = (JavascriptExecutor) chromium.browser;
        if (!(Boolean) script.executeScript("return typeof window.axe !== 'undefined';")) {
            script.executeScript(axe);
        }
        chromium.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String result = (String) script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary)})))))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
                """, WCAG_AA);
        return Json.createReader(new StringReader(result)).readArray();
    }

    private static List<String> check(String page) {
        chromium.browser.get(base + page);
        chromium.ajaxDone();
        String title = chromium.browser.getTitle();
        assertTrue(chromium.browser.getCurrentUrl().contains(page.replaceAll("\\?.*", "")) && !title.startsWith("Something went wrong"),
                "the page itself is checked, not an error page: " + page + " shows " + title);
        List<String> blocking = new ArrayList<>();
        for (JsonObject violation : violations().getValuesAs(JsonObject.class)) {
            String line = page + ": " + violation.getString("impact", "?") + " " + violation.getString("id") + " ("
                    + violation.getString("help") + ") " + violation.getJsonArray("nodes");
            System.out.println("[axe] " + line);
            if (BLOCKING.contains(violation.getString("impact", ""))) {
                blocking.add(line);
            }
        }
        return blocking;
    }

    /** An id from the demonstration data the application was started with. */
    private static long demo(String query) {
        Object id = TestDatabase.shared().inTransaction(em -> em.createNativeQuery(query).getSingleResult());
        assertTrue(id != null, "the demonstration data holds an answer to " + query);
        return ((Number) id).longValue();
    }

    @Test
    void theMainPagesHaveNoSeriousOrCriticalViolationOfWcagAA() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        found.put("login.xhtml", check("login.xhtml"));
        chromium.signIn("admin");
        for (String page : List.of("index.xhtml", "sessions.xhtml", "session-new.xhtml", "calendar.xhtml?centre=TECHNICITY",
                "timetabling.xhtml", "session-enrolments.xhtml?session=" + session, "attendance.xhtml?session=" + session,
                "conflicts.xhtml", "occupancy.xhtml", "import.xhtml", "users.xhtml", "account.xhtml", "companies.xhtml",
                "learner-pathway.xhtml?learner=" + demo("select min(learner_id) from placement"),
                "placement.xhtml?id=" + demo("select min(id) from placement"), "validations.xhtml", "privacy.xhtml",
                "plans.xhtml", "plan.xhtml?id=" + demo("select min(id) from joint_action_plan where status = 'APPROVED'"),
                "plan.xhtml?tab=targets&id=" + demo("select min(id) from joint_action_plan where status = 'APPROVED'"),
                "yearly-report.xhtml", "learners.xhtml",
                "learner.xhtml?id=" + demo("select min(learner_id) from placement"),
                "courses.xhtml", "rooms.xhtml", "trainers.xhtml", "outbox.xhtml", "message-templates.xhtml")) {
            found.put(page, check(page));
        }
        found.values().removeIf(List::isEmpty);
        assertEquals(Map.of(), found);
    }

    @Test
    void theSessionFormWorksByKeyboardFromTheSkipLinkToTheSubmitButton() {
        chromium.signIn("staff.technicity");
        chromium.browser.get(base + "session-new.xhtml");
        chromium.ajaxDone();
        WebElement body = chromium.browser.findElement(By.tagName("body"));
        new Actions(chromium.browser).moveToElement(body, 0, 0).perform();
        new Actions(chromium.browser).sendKeys(Keys.TAB).perform();
        WebElement first = chromium.browser.switchTo().activeElement();
        assertEquals("pfe-skip", first.getAttribute("class"), "the first tab stop is the skip link");
        assertTrue(first.isDisplayed(), "the skip link shows when it has the focus");
        assertEquals("#content", first.getDomAttribute("href"));
        first.sendKeys(Keys.ENTER);
        chromium.wait.until(ExpectedConditions.urlContains("#content"));

        List<String> reached = new ArrayList<>();
        for (int press = 0; press < 40 && !reached.contains("sessionForm:save"); press++) {
            new Actions(chromium.browser).sendKeys(Keys.TAB).perform();
            String id = chromium.browser.switchTo().activeElement().getAttribute("id");
            reached.add(id == null ? "" : id);
        }
        assertTrue(reached.contains("sessionForm:save"), "the tab order reaches the submit button: " + reached);
        List<String> fields = List.of("sessionForm:centre_label", "sessionForm:course_label", "sessionForm:startDate_input",
                "sessionForm:endDate_input", "sessionForm:seatCapacity_input", "sessionForm:save");
        List<String> inOrder = reached.stream().filter(fields::contains).distinct().toList();
        assertEquals(fields, inOrder, "the fields come in their reading order: " + reached);
        assertTrue(reached.indexOf("sessionForm:centre_label") == 0,
                "after the skip link, the form's first field comes next: " + reached);
    }
}
