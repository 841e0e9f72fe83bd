package be.pfe.operations.web.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import be.pfe.operations.domain.calendar.PublicHoliday;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A member of staff (signed in as the demonstration administrator) plans sessions in a real headless Chromium. */
class SessionJourneyIT {

    private static String base;
    private static WebDriver browser;
    private static WebDriverWait wait;

    private static Chromium chromium;

    @RegisterExtension
    static final ChromiumLifecycle CHROMIUM = ChromiumLifecycle.signedInAs("admin");

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

    private void ajaxDone() {
        chromium.ajaxDone();
    }

    private void choose(String menuId, String labelStart) {
        chromium.choose(menuId, labelStart);
    }

    private void type(String inputId, String text) {
        WebElement input = byId(inputId);
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    private void fillSession(String course, String start, String end, String seats) {
        browser.get(base + "session-new.xhtml");
        choose("sessionForm:centre", "Digitalcity");
        choose("sessionForm:course", course);
        choose("sessionForm:room", "D-202");
        type("sessionForm:startDate_input", start);
        type("sessionForm:endDate_input", end);
        type("sessionForm:seatCapacity_input", seats);
        byId("sessionForm:save").click();
        ajaxDone();
    }

    private static long totalSessions() {
        return Http.get(base + "api/v1/sessions?size=1", "en").json().getJsonNumber("total").longValue();
    }

    @Test
    void plansASessionThroughTheFormAndFindsItListed() {
        browser.get(base + "sessions.xhtml");
        assertEquals("Course sessions", byId("content").findElement(By.tagName("h1")).getText());
        byId("sessionsForm:newSession").click();
        wait.until(ExpectedConditions.urlContains("session-new"));

        // later than most other tests' sessions: on the first page, newest first
        fillSession("DIG-NET-01", "07/09/2040", "14/12/2040", "18");

        // saved: on to the new session's page, where staff give it its trainer and times
        wait.until(ExpectedConditions.urlContains("session.xhtml?id="));
        // the session page shows its messages in its own area (no pop-up besides: one message each)
        WebElement saved = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id$='summary'] .ui-messages-info-summary")));
        assertEquals("Session DIG-NET-01 starting on 7 Sept 2040 saved.", saved.getText().strip());
        assertTrue(browser.findElements(By.cssSelector(".ui-growl-message")).isEmpty(), "said once");
        assertTrue(byId("sessionPage:sessionCode").getText().equals("DIG-NET-01 · 2040-09-07"),
                byId("sessionPage:sessionCode").getText());
        browser.get(base + "sessions.xhtml");

        // found with the list's filters: the period it starts in (other tests leave later sessions behind)
        byId("sessionsForm:from_input").sendKeys("01/09/2040");
        byId("sessionsForm:to_input").sendKeys("30/09/2040");
        byId("sessionsForm:search").click();
        ajaxDone();
        WebElement savedRow = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='sessionsForm:sessions_data']/tr[contains(., '7 Sept 2040')]")));
        String row = savedRow.getText();
        assertTrue(row.contains("DIG-NET-01"), row);
        assertTrue(row.contains("D-202"), row);
        assertTrue(row.contains("14 Dec 2040"), row);
        assertTrue(row.contains("Planned"), row);
    }

    @Test
    void plansTwoSessionsIntoOneRoomOverTheSameWeeks() {
        // a room is booked by the sessions' meetings, checked when they get their times, not for whole periods
        fillSession("DIG-DEV-01", "02/01/2035", "30/03/2035", "10");
        wait.until(ExpectedConditions.urlContains("session.xhtml?id="));

        long before = totalSessions();
        fillSession("DIG-OFF-01", "30/03/2035", "30/04/2035", "10");

        wait.until(ExpectedConditions.urlContains("session.xhtml?id="));
        assertEquals(before + 1, totalSessions());
    }

    @Test
    void movesAMeetingOntoAPublicHolidayInTheCalendarAndIsToldWhyItCannot() {
        LocalDate easterMonday = PublicHoliday.EASTER_MONDAY.in(Year.now().plusYears(1));
        LocalDate weekBefore = easterMonday.minusDays(7);
        // Logisticity's warehouse is free around next Easter in the demonstration data
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"LOGISTICITY","course":"LOG-MAG-01","room":"L-WH1","startDate":"%s","endDate":"%s",
                 "seatCapacity":10}""".formatted(easterMonday.minusDays(14), easterMonday.plusDays(13)), "en");
        assertEquals(201, created.status(), created.body());
        int session = created.json().getInt("id");
        assertEquals(200, Http.current().put(base + "api/v1/sessions/" + session + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"12:30\"}]}", "en").status());

        browser.get(base + "calendar.xhtml?centre=LOGISTICITY&room=L-WH1&date=" + weekBefore);
        WebElement meeting = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fc-event') and contains(., 'LOG-MAG-01')]")));
        meeting.click();
        ajaxDone();
        WebElement date = byId("moveForm:date_input");
        assertEquals(weekBefore.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), date.getAttribute("value"));
        // select what the field holds and type over it, as a person does
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), easterMonday.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                Keys.TAB);
        byId("moveForm:saveMove").click();
        ajaxDone();

        String expected = "The centre is closed on " + easterMonday.format(DateTimeFormatter
                .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(new Locale("en", "BE"))) + ": Easter Monday.";
        WebElement explanation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='moveForm:dialogMessages']//*[contains(., 'The centre is closed')]")));
        assertTrue(explanation.getText().contains(expected), explanation.getText());
        List<String> stored = ((jakarta.json.JsonArray) Http.get(base + "api/v1/sessions/" + session + "/meetings",
                "en").structure()).stream().map(m -> m.asJsonObject().getString("date")).toList();
        assertTrue(stored.contains(weekBefore.toString()), "the meeting stays where it was: " + stored);
        assertFalse(stored.contains(easterMonday.toString()), stored.toString());
    }

    @Test
    void isToldBesideTheEndDateWhenItIsBeforeTheStart() {
        fillSession("DIG-OFF-01", "10/10/2035", "09/10/2035", "5");
        WebElement endMessage = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='sessionForm:endDateMessage'] .ui-message-error-detail")));
        assertEquals("The end date (9 Oct 2035) is before the start date (10 Oct 2035).", endMessage.getText().strip());
    }

    @Test
    void cancelsAMeetingInTheCalendarAndAddsAMakeUpDate() {
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"LOGISTICITY","course":"LOG-CHC-01","room":"L-C01","startDate":"2041-03-04",
                 "endDate":"2041-03-29","seatCapacity":10}""", "en");
        assertEquals(201, created.status(), created.body());
        int session = created.json().getInt("id");
        assertEquals(200, Http.current().put(base + "api/v1/sessions/" + session + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"12:30\"}]}", "en").status());
        By meetings = By.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' fc-event ')"
                + " and contains(., 'LOG-CHC-01')]");

        browser.get(base + "calendar.xhtml?centre=LOGISTICITY&room=L-C01&date=2041-03-11");
        wait.until(ExpectedConditions.elementToBeClickable(meetings)).click();
        ajaxDone();
        byId("moveForm:reason").sendKeys("Grève des transports");
        byId("moveForm:cancelMeeting").click();
        ajaxDone();
        WebElement growl = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
        assertTrue(growl.getText().contains("on 11 Mar 2041 is cancelled."), growl.getText());
        WebElement cancelled = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fc-event.pfe-meeting-cancelled")));

        // the cancelled meeting stays in the calendar; from it, a make-up date two days later
        cancelled.click();
        ajaxDone();
        assertFalse(byId("moveForm:cancelMeeting").isEnabled(), "a cancelled meeting is not cancelled twice");
        byId("moveForm:date_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "13/03/2041", Keys.TAB);
        byId("moveForm:addMakeUp").click();
        ajaxDone();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                "takes place on 13 Mar 2041 at 09:00."));
        wait.until(ExpectedConditions.numberOfElementsToBe(meetings, 2));

        jakarta.json.JsonArray stored = (jakarta.json.JsonArray) Http.get(
                base + "api/v1/sessions/" + session + "/meetings", "en").structure();
        List<String> kept = stored.stream().map(m -> m.asJsonObject().getString("date") + " "
                + m.asJsonObject().getString("status")).toList();
        assertEquals(List.of("2041-03-04 SCHEDULED", "2041-03-11 CANCELLED", "2041-03-13 SCHEDULED",
                "2041-03-18 SCHEDULED", "2041-03-25 SCHEDULED"), kept);
    }

    @Test
    void findsAConflictInTheListAndSeesItHighlightedInTheCalendar() {
        // the demonstration data leaves Digitalcity closed for a day after its meetings were planned
        LocalDate from = Year.now().atDay(1);
        browser.get(base + "conflicts.xhtml?centre=DIGITALCITY&from=" + from + "&to=" + from.plusDays(364));
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='conflictsForm:conflicts_data']/tr[.//*[contains(., 'The centre is closed on')]]")));
        assertTrue(row.getText().contains("Centre closed"), row.getText());
        assertTrue(row.getText().contains("Stroomonderbreking"), row.getText());

        row.findElement(By.cssSelector("a.pfe-calendar-link")).click();
        wait.until(ExpectedConditions.urlContains("calendar.xhtml"));
        WebElement highlighted = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fc-event.pfe-meeting-conflict")));
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(highlighted).perform();
        WebElement tooltip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-tooltip")));
        assertTrue(tooltip.getText().contains("The centre is closed on"), tooltip.getText());
    }
}
