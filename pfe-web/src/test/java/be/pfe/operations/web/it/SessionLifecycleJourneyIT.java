package be.pfe.operations.web.it;

import be.pfe.operations.domain.time.Clocks;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Technicity's staff run sessions on the one session page, in a real headless Chromium: they plan a session, give it
 * a trainer and a weekly time (its meetings skip Easter Monday, 29 March 2027), open it for enrolment, and cancel
 * another session with a reason; its meetings still to come show cancelled on the page, in the calendar and in its
 * iCal feed, and its learner's enrolment says why.
 */
class SessionLifecycleJourneyIT {

    private static final String STAFF = "staff.technicity";
    private static String base;
    private static Chromium chromium;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @RegisterExtension
    static final ChromiumLifecycle CHROMIUM = ChromiumLifecycle.signedInAs(STAFF).height(2600)
            .screenshotsNamed("lifecycle-");

    @BeforeAll
    static void browser() {
        base = CHROMIUM.base();
        chromium = CHROMIUM.chromium();
        browser = chromium.browser;
        wait = chromium.wait;
    }

    private WebElement byId(String id) {
        return chromium.byId(id);
    }

    private String tableText(String id) {
        return byId(id).getText();
    }

    private void click(String id) {
        byId(id).click();
        chromium.ajaxDone();
    }

    @Test
    void plansASessionWithATrainerAndAWeeklyTimeThenOpensIt() throws IOException {
        browser.get(base + "session-new.xhtml");
        chromium.choose("sessionForm:course", "TEC-SOUD-01");
        chromium.choose("sessionForm:room", "T-A01");
        chromium.type("sessionForm:startDate_input", "01/03/2027");
        chromium.type("sessionForm:endDate_input", "30/04/2027");
        chromium.type("sessionForm:seatCapacity_input", "10");
        click("sessionForm:save");
        wait.until(ExpectedConditions.urlContains("session.xhtml?id="));
        assertEquals("TEC-SOUD-01 · 2027-03-01", byId("sessionPage:sessionCode").getText());
        assertEquals("Planned", byId("sessionPage:status").getText());
        // not ready yet: no button to close, and opening says what is missing
        assertTrue(browser.findElements(By.id("sessionPage:close")).isEmpty());
        click("sessionPage:open");
        // said beside the trainers, where it is put right
        assertEquals("The session cannot open without a trainer.", byId("sessionPage:trainersMessage").getText().strip());
        assertEquals("Planned", byId("sessionPage:status").getText());

        // a trainer among those qualified
        byId("sessionPage:trainers").click();
        WebElement option = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='sessionPage:trainers_panel']//li[contains(., 'MLEMAIRE')]//div[contains(@class,'ui-chkbox-box')]")));
        option.click();
        browser.findElement(By.xpath("//*[@id='sessionPage:trainers_panel']//a[contains(@class,'ui-selectcheckboxmenu-close')]")).click();
        chromium.ajaxDone();
        click("sessionPage:saveTrainers");
        assertTrue(byId("sessionPage:trainerList").getText().contains("MLEMAIRE"), byId("sessionPage:trainerList").getText());

        // every Monday morning: the meetings skip Easter Monday
        click("sessionPage:addSlot");
        click("sessionPage:savePattern");
        String meetings = tableText("sessionPage:meetings");
        assertTrue(meetings.contains("22 Mar 2027") && meetings.contains("5 Apr 2027"), meetings);
        assertFalse(meetings.contains("29 Mar 2027"), "Easter Monday is skipped: " + meetings);
        assertTrue(byId("sessionPage:skippedDays").getText().contains("Easter Monday"),
                byId("sessionPage:skippedDays").getText());
        chromium.screenshot("lifecycle-session-page-planned");

        click("sessionPage:open");
        assertEquals("Open for enrolment", byId("sessionPage:status").getText());
        assertTrue(browser.findElements(By.id("sessionPage:open")).isEmpty(), "no button for what cannot be done now");
        assertTrue(tableText("sessionPage:history").contains("Opened for enrolment"));
        assertTrue(tableText("sessionPage:history").contains(STAFF));
    }

    @Test
    void cancelsAnotherSessionWithAReasonItsMeetingsAndEnrolmentsSayWhy() {
        Http.User staff = Http.as(STAFF);
        Http.Answer planned = staff.post(base + "api/v1/sessions", """
                {"centre":"TECHNICITY","course":"TEC-ELEC-01","room":"T-A02","startDate":"2027-09-06",
                 "endDate":"2027-11-26","seatCapacity":10,"teachingLanguage":"FR"}""", "en");
        assertEquals(201, planned.status(), planned.body());
        long id = planned.json().getJsonNumber("id").longValue();
        String url = base + "api/v1/sessions/" + id;
        assertEquals(200, staff.current().put(url + "/trainers", "{\"trainers\":[\"MLEMAIRE\"]}", "en").status());
        assertEquals(200, staff.current().put(url + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"WEDNESDAY\",\"start\":\"09:00\",\"end\":\"12:30\"}]}", "en").status());
        Http.Answer learner = staff.post(base + "api/v1/learners", """
                {"familyName":"Lifecycle","givenName":"Lea","birthDate":"1994-04-04","language":"FR",
                 "entryStatus":"JOBSEEKER_ACTIRIS","educationLevel":"UPPER_SECONDARY"}""", "en");
        assertEquals(201, learner.status(), learner.body());
        Http.Answer applied = staff.post(base + "api/v1/enrolments", "{\"learner\":%d,\"session\":%d}"
                .formatted(learner.json().getJsonNumber("id").longValue(), id), "en");
        assertEquals(201, applied.status(), applied.body());

        browser.get(base + "sessions.xhtml");
        chromium.ajaxDone();
        byId("sessionsForm:text").sendKeys("T-A02");
        click("sessionsForm:search");
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//a[contains(@id,'sessionLink') and text()='TEC-ELEC-01 · 2027-09-06']")));
        link.click();
        wait.until(ExpectedConditions.urlContains("session.xhtml?id=" + id));
        chromium.ajaxDone();

        chromium.type("sessionPage:reason", "Trainer on long-term leave");
        byId("sessionPage:cancel").click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sessionPage:confirmYes"))).click();
        chromium.ajaxDone();
        wait.until(ExpectedConditions.textToBe(By.id("sessionPage:status"), "Cancelled"));
        String meetings = tableText("sessionPage:meetings");
        assertFalse(meetings.contains("Scheduled"), meetings);
        assertTrue(meetings.contains("Trainer on long-term leave"), meetings);
        assertTrue(tableText("sessionPage:history").contains("Trainer on long-term leave"));
        assertTrue(browser.findElements(By.id("sessionPage:cancel")).isEmpty(), "a cancelled session is frozen");
        try {
            chromium.screenshot("lifecycle-session-page-cancelled");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // the calendar shows its meetings cancelled, the iCal feed publishes them so
        browser.get(base + "calendar.xhtml?centre=TECHNICITY&room=T-A02&date=2027-09-08");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'fc-event') and contains(@class,'pfe-meeting-cancelled') and contains(., 'TEC-ELEC-01')]")));
        String feed = staff.get(base + "api/v1/calendars/sessions/" + id + ".ics?lang=en", "en").body();
        long cancelledEvents = feed.lines().filter(line -> line.equals("STATUS:CANCELLED")).count();
        JsonArray all = (JsonArray) staff.get(url + "/meetings", "en").structure();
        assertEquals(all.size(), cancelledEvents, "every meeting to come is published cancelled");
        assertTrue(cancelledEvents >= 10, feed);

        // the learner's enrolment says why
        browser.get(base + "session-enrolments.xhtml?session=" + id);
        chromium.ajaxDone();
        String enrolments = tableText("enrolmentsForm:enrolments");
        assertTrue(enrolments.contains("Session cancelled"), enrolments);
        assertTrue(enrolments.contains("Trainer on long-term leave"), enrolments);
        assertTrue(enrolments.contains("cancelled on " + LocalDate.now(Clocks.BRUSSELS).format(
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK))),
                "with the day, as pages write dates: " + enrolments);
        assertEquals("SESSION_CANCELLED", staff.get(base + "api/v1/enrolments/"
                + applied.json().getJsonNumber("id").longValue(), "en").json().getString("status"));
    }
}
