package be.pfe.operations.web.it;

import be.pfe.operations.domain.time.Clocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the pages present themselves, in a real Chromium (screenshots under target/screenshots): a refusal in a dialog
 * said once, in the dialog; the users page's roles laid out without overlapping, by name; a long company name kept in
 * its cell and heading; the placement page naming its learner with a link to the learner page; partners named on
 * the enrolment desk, which offers no enrolment on a cancelled session; dates written the interface language's way.
 * Its session starts in 2058, which no other test uses; what it creates is removed afterwards.
 */
class PagePresentationIT {

    private static final String COMPANY_NUMBER = "0458.123.476";
    private static final String LONG_NAME = "Société Anonyme Interprofessionnelle de Construction Métallique et "
            + "d’Électromécanique Industrielle de la Région de Bruxelles-Capitale";

    private static String base;
    private static PathwayCleanup.Enrolled applied;

    @BeforeAll
    static void start() {
        base = RunningApplication.baseUrl();
        applied = PathwayCleanup.applied(base, "TEC-ELEC-01", "2058-03-05", "2058-06-25", "Presentation");
    }

    @AfterAll
    static void cleanUp() {
        if (applied != null) {
            // the session's history (its cancellation) is append-only: set aside inside this one transaction
            be.pfe.operations.testing.TestDatabase.shared().execute("""
                    begin;
                    alter table session_history disable trigger session_history_append_only;
                    delete from session_history where session_id = %d;
                    alter table session_history enable trigger session_history_append_only;
                    commit;""".formatted(applied.session()));
            PathwayCleanup.remove(applied.session(), COMPANY_NUMBER.replace(".", ""));
        }
    }

    private static Object script(Chromium chromium, String script, Object... arguments) {
        return ((JavascriptExecutor) chromium.browser).executeScript(script, arguments);
    }

    /** The messages the reader sees: beside fields, in message boxes and pop-ups, each with where it is shown. */
    @SuppressWarnings("unchecked")
    private static List<String> visibleMessages(Chromium chromium) {
        return (List<String>) script(chromium, """
                return Array.from(document.querySelectorAll('.ui-message-error, .ui-messages-error-summary,'
                    + ' .ui-growl-message')).filter(e => e.offsetParent !== null
                    || getComputedStyle(e).position === 'fixed')
                    .map(e => (e.closest('[id]') || e).id + ': ' + e.innerText.trim());""");
    }

    @Test
    void aRefusalInADialogIsSaidOnceInTheDialogNotAlsoOnThePageBehindIt() throws Exception {
        try (Chromium chromium = Chromium.open(base)) {
            chromium.signIn("staff.technicity");
            chromium.browser.get(base + "courses.xhtml");
            chromium.ajaxDone();
            chromium.byId("coursesForm:new").click();
            chromium.ajaxDone();
            chromium.type("courseForm:code", "TEC-PRES-99");
            chromium.byId("courseForm:save").click(); // no title in any language: refused for no single field
            chromium.ajaxDone();
            chromium.screenshot("presentation-dialog-refusal");
            List<String> messages = visibleMessages(chromium);
            assertEquals(1, messages.size(), "one message per refusal: " + messages);
            assertTrue(messages.get(0).startsWith("courseForm:dialogSummary: "), messages.toString());
            assertTrue(chromium.browser.findElements(By.cssSelector("[id='coursesForm:summary'] li")).isEmpty(),
                    "the page behind the dialog says nothing of it");
            assertTrue((Boolean) script(chromium, """
                    const m = document.querySelector("[id='courseForm:dialogSummary'] .ui-messages-error");
                    const c = m.closest('.ui-dialog-content').getBoundingClientRect(), r = m.getBoundingClientRect();
                    return r.top >= c.top - 1 && r.bottom <= c.bottom + 1;"""),
                    "the refusal is in sight in the dialog, not scrolled away");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUsersRolesAreLaidOutWithoutOverlapAndNamedByTheirCentresAndPartners() throws Exception {
        try (Chromium chromium = Chromium.open(base, 1600)) {
            chromium.signIn(Http.ADMINISTRATOR);
            chromium.browser.get(base + "users.xhtml");
            chromium.ajaxDone();
            WebElement roles = chromium.byId("newUserForm:roles");
            script(chromium, "arguments[0].scrollIntoView()", roles);
            chromium.screenshot("presentation-users-roles");
            List<Map<String, Object>> boxes = (List<Map<String, Object>>) script(chromium, """
                    return Array.from(arguments[0].querySelectorAll('label')).map(l => {
                        const r = l.closest('div').getBoundingClientRect();
                        return {text: l.innerText, left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                                overflow: l.scrollWidth > l.clientWidth + 1}; });""", roles);
            assertTrue(boxes.size() > 20, boxes.toString());
            for (int i = 0; i < boxes.size(); i++) {
                Map<String, Object> one = boxes.get(i);
                assertFalse((Boolean) one.get("overflow"), "runs out of its place: " + one);
                for (int j = i + 1; j < boxes.size(); j++) {
                    Map<String, Object> other = boxes.get(j);
                    boolean apart = number(one, "right") <= number(other, "left") + 0.5
                            || number(other, "right") <= number(one, "left") + 0.5
                            || number(one, "bottom") <= number(other, "top") + 0.5
                            || number(other, "bottom") <= number(one, "top") + 0.5;
                    assertTrue(apart, one.get("text") + " overlaps " + other.get("text"));
                }
            }
            String labels = boxes.stream().map(box -> (String) box.get("text")).toList().toString();
            assertTrue(labels.contains("Partner manager · Bruxelles Formation"), labels);
            assertTrue(labels.contains("Centre staff · Technicity.brussels"), labels);
            assertFalse(labels.contains("BRUXELLES_FORMATION") || labels.contains("TECHNICITY"), labels);
        }
    }

    private static double number(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    @Test
    void thePlacementPageNamesItsLearnerAndALongCompanyNameStaysInItsPlace() throws Exception {
        Http.User staff = Http.as("staff.technicity");
        Http.Answer company = staff.post(base + "api/v1/companies", """
                {"enterpriseNumber":"%s","name":"%s","sector":"CONSTRUCTION","street":"Rue de la Loi 16",
                 "postalCode":"1000","city":"Bruxelles"}""".formatted(COMPANY_NUMBER, LONG_NAME), "en");
        assertEquals(201, company.status(), company.body());
        Http.Answer placement = staff.post(base + "api/v1/placements", """
                {"learner":%d,"enterpriseNumber":"%s","centre":"TECHNICITY","type":"INDIVIDUAL_VOCATIONAL",
                 "startDate":"2058-07-01","endDate":"2058-08-31","hours":200}"""
                .formatted(applied.learner(), COMPANY_NUMBER), "en");
        assertEquals(201, placement.status(), placement.body());
        long id = placement.json().getJsonNumber("id").longValue();
        try (Chromium chromium = Chromium.open(base)) {
            chromium.signIn("staff.technicity");
            chromium.browser.get(base + "placement.xhtml?id=" + id);
            chromium.ajaxDone();
            chromium.screenshot("presentation-placement");
            String title = chromium.browser.findElement(By.cssSelector("h1.pfe-title")).getText();
            assertTrue(title.contains("Presentation Placement"), "the heading names the learner: " + title);
            WebElement learner = chromium.byId("placementForm:learnerLink");
            assertEquals("Presentation Placement", learner.getText());
            assertTrue(learner.getAttribute("href").endsWith("learner.xhtml?id=" + applied.learner()),
                    learner.getAttribute("href"));
            assertStaysInPlace(chromium, chromium.byId("placementHeading"), false);

            chromium.browser.get(base + "companies.xhtml");
            chromium.ajaxDone();
            chromium.type("companiesForm:search", "Interprofessionnelle");
            chromium.byId("companiesForm:find").click();
            chromium.ajaxDone();
            chromium.screenshot("presentation-companies");
            WebElement cell = chromium.browser.findElement(By.xpath("//td[contains(., 'Interprofessionnelle')]"));
            assertStaysInPlace(chromium, cell, true);
            chromium.browser.get(base + "learner.xhtml?id=" + applied.learner());
            chromium.ajaxDone();
            WebElement link = chromium.browser.findElement(By.xpath("//a[contains(., 'Interprofessionnelle')]"));
            script(chromium, "arguments[0].scrollIntoView()", link);
            chromium.screenshot("presentation-learner-placements");
            assertStaysInPlace(chromium, link.findElement(By.xpath("./ancestor::td")), true);
        }
    }

    /**
     * The element's text is not wider than the element, the page does not scroll sideways, and a table cell ends
     * before the next cell of its row begins.
     */
    private static void assertStaysInPlace(Chromium chromium, WebElement element, boolean cell) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) script(chromium, """
                const e = arguments[0], r = e.getBoundingClientRect(), next = e.nextElementSibling;
                return {scroll: e.scrollWidth, client: e.clientWidth, right: r.right,
                        nextLeft: next ? next.getBoundingClientRect().left : 1e9,
                        page: document.documentElement.scrollWidth, window: window.innerWidth};""", element);
        assertTrue(number(box, "scroll") <= number(box, "client") + 1, "wider than its place: " + box);
        assertTrue(!cell || number(box, "right") <= number(box, "nextLeft") + 1, "runs into its neighbour: " + box);
        assertTrue(number(box, "page") <= number(box, "window"), "the page scrolls sideways: " + box);
    }

    @Test
    void theDeskNamesPartnersAndOffersNoEnrolmentOnACancelledSession() throws Exception {
        Http.Answer registered = Http.post(base + "api/v1/learners", """
                {"familyName":"Presentation","givenName":"Actiris","birthDate":"1991-08-12","language":"FR",
                 "entryStatus":"JOBSEEKER_ACTIRIS","educationLevel":"LOWER_SECONDARY"}""", "en");
        assertEquals(201, registered.status(), registered.body());
        long learner = registered.json().getJsonNumber("id").longValue();
        Http.Answer referred = Http.post(base + "api/v1/enrolments", "{\"learner\":%d,\"session\":%d,\"partner\":\"ACTIRIS\"}"
                .formatted(learner, applied.session()), "en");
        assertEquals(201, referred.status(), referred.body());
        try (Chromium chromium = Chromium.open(base, 1400)) {
            chromium.signIn("staff.technicity");
            chromium.browser.get(base + "session-enrolments.xhtml?session=" + applied.session());
            chromium.ajaxDone();
            chromium.screenshot("presentation-desk");
            String enrolments = chromium.byId("enrolmentsForm:enrolments").getText();
            assertTrue(enrolments.contains("Actiris"), enrolments);
            assertFalse(enrolments.contains("ACTIRIS"), "no partner code: " + enrolments);
            String partners = String.join(", ", chromium.browser.findElements(
                    By.cssSelector("[id='enrolmentsForm:partner_input'] option")).stream()
                    .map(option -> option.getAttribute("textContent")).toList());
            assertTrue(partners.contains("Bruxelles Formation") && partners.contains("VDAB Brussel"), partners);
            assertFalse(partners.contains("BRUXELLES_FORMATION") || partners.contains("VDAB_BRUSSEL"), partners);
            assertTrue(chromium.byId("enrolmentsForm:enrol").isDisplayed());

            Http.Answer cancelled = Http.current().post(base + "api/v1/sessions/" + applied.session() + "/cancellation",
                    "{\"reason\":\"No trainer\"}", "en");
            assertEquals(200, cancelled.status(), cancelled.body());
            chromium.browser.navigate().refresh();
            chromium.ajaxDone();
            chromium.screenshot("presentation-desk-cancelled");
            assertTrue(chromium.browser.findElements(By.id("enrolmentsForm:enrol")).isEmpty(),
                    "no enrolment form on a cancelled session");
            assertTrue(chromium.browser.findElements(By.id("enrolmentsForm:familyName")).isEmpty());
            assertEquals("This session takes no new learners (Cancelled).",
                    chromium.byId("enrolmentsForm:enrolmentClosed").getText());
            assertTrue(chromium.browser.findElements(By.id("enrolmentsForm:bulkEnrol")).isEmpty(), "nor bulk steps");
            java.time.LocalDate today = java.time.LocalDate.now(Clocks.BRUSSELS);
            String why = chromium.byId("enrolmentsForm:enrolments").getText();
            assertTrue(why.contains("The session was cancelled on " + today.format(java.time.format.DateTimeFormatter
                    .ofPattern("d MMM yyyy", java.util.Locale.UK))), "the day as pages write it: " + why);
            assertFalse(why.contains(today.toString()), why);
            Http.assertProblem(Http.post(base + "api/v1/enrolments", "{\"learner\":%d,\"session\":%d}"
                    .formatted(applied.learner(), applied.session()), "en"), 422, "enrolment.session.closed");
        }
    }

    @Test
    void datesAreWrittenTheInterfaceLanguagesWayOnEveryPage() throws Exception {
        try (Chromium chromium = Chromium.open(base)) {
            chromium.signIn("staff.technicity");
            String[][] languages = {{"NL", "5 mrt. 2058", "25 jun. 2058"}, {"FR", "5 mars 2058", "25 juin 2058"},
                    {"EN", "5 Mar 2058", "25 Jun 2058"}};
            for (String[] language : languages) {
                chromium.browser.get(base + "session.xhtml?id=" + applied.session());
                chromium.ajaxDone();
                // the language's name in whatever language the page is in now
                String label = (String) script(chromium, "const o = Array.from(document.querySelectorAll("
                        + "\"[id='top:languageSwitcher_input'] option\")).find(o => o.value === arguments[0]);"
                        + " return o.textContent;", language[0]);
                chromium.pick("top:languageSwitcher", label);
                chromium.browser.get(base + "session.xhtml?id=" + applied.session());
                chromium.ajaxDone();
                String page = chromium.browser.findElement(By.id("content")).getText();
                assertTrue(page.contains(language[1]) && page.contains(language[2]), language[1] + " in " + page);
                chromium.browser.get(base + "session-enrolments.xhtml?session=" + applied.session());
                chromium.ajaxDone();
                String desk = chromium.byId("sessionHeading").getText();
                assertTrue(desk.contains(language[1]), language[1] + " in " + desk);
                chromium.screenshot("presentation-dates-" + language[1]);
            }
        }
    }
}
