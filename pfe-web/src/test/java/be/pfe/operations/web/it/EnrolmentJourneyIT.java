package be.pfe.operations.web.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At the desk, in a real headless Chromium: a session of two seats is filled, the next learner goes to the
 * waitlist, a learner drops out, and the waiting learner is admitted with the reason shown (session in 2038).
 */
class EnrolmentJourneyIT {

    @RegisterExtension
    static final ChromiumLifecycle CHROMIUM = ChromiumLifecycle.signedInAs(Http.ADMINISTRATOR).height(1400);

    private static String base;
    private static Chromium chromium;
    private static WebDriver browser;
    private static WebDriverWait wait;

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

    private void type(String inputId, String text) {
        chromium.type(inputId, text);
    }

    private String summary() {
        return byId("enrolmentsForm:summary").getText().strip();
    }

    private void enrol(String family, String given, String birthDate) {
        type("enrolmentsForm:familyName", family);
        type("enrolmentsForm:givenName", given);
        type("enrolmentsForm:birthDate_input", birthDate);
        byId("enrolmentsForm:enrol").click();
        ajaxDone();
    }

    private WebElement row(String table, String text) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tbody[@id='enrolmentsForm:" + table + "_data']/tr[contains(., '" + text + "')]")));
    }

    @Test
    void fillsTheSessionWaitlistsTheNextAndPromotesHerWhenALearnerDropsOut() throws Exception {
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"DIGITALCITY","course":"DIG-NET-01","startDate":"2038-10-04","endDate":"2038-12-17",
                 "seatCapacity":2,"teachingLanguage":"FR"}""", "en");
        assertEquals(201, created.status(), created.body());
        int session = created.json().getInt("id");

        browser.get(base + "session-enrolments.xhtml?session=" + session);
        assertEquals("Enrolments of a session", byId("content").findElement(By.tagName("h1")).getText());
        assertTrue(byId("sessionHeading").getText().contains("DIG-NET-01"));

        enrol("Dubois", "Marie", "12/03/1990");
        assertTrue(summary().contains("Dubois Marie is admitted."), summary());
        // the desk takes the postal address too: all three parts or none
        type("enrolmentsForm:street", "Rue Neuve 12");
        type("enrolmentsForm:town", "Bruxelles");
        enrol("Janssens", "Pieter", "01/06/1988");
        WebElement incomplete = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='enrolmentsForm:postalCodeMessage'] .ui-message-error-detail")));
        assertEquals("A postal address needs the street, the postal code and the town.", incomplete.getText().strip());
        assertEquals("Rue Neuve 12", byId("enrolmentsForm:street").getAttribute("value"), "what was typed stays");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                byId("enrolmentsForm:familyName"));
        chromium.screenshot("enrolment-desk-address-incomplete");
        type("enrolmentsForm:postalCode", "1000");
        byId("enrolmentsForm:enrol").click();
        ajaxDone();
        assertTrue(summary().contains("Janssens Pieter is admitted."), summary());
        assertEquals("", byId("enrolmentsForm:street").getAttribute("value"), "the form is ready for the next one");
        assertEquals("2 of 2 seats taken, 0 free, 0 waiting.", byId("seatTotals").getText().strip());

        enrol("El Amrani", "Yasmine", "23/11/1999");
        assertTrue(summary().contains("El Amrani Yasmine is on the waitlist, number 1."), summary());
        assertTrue(row("waitlist", "El Amrani Yasmine").getText().startsWith("1"));
        assertTrue(row("enrolments", "El Amrani").getText().contains("Waitlisted"));

        row("enrolments", "Dubois").findElement(By.xpath(".//button[.//span[text()='Drop out…']]")).click();
        ajaxDone();
        type("enrolmentsForm:stepReason", "found a job");
        byId("enrolmentsForm:stepConfirm").click();
        ajaxDone();

        assertTrue(summary().contains("Dubois Marie dropped out; the seat was offered to the waitlist."), summary());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrolmentsForm:enrolments_data"),
                "Dropped out"));
        String promoted = row("enrolments", "El Amrani").getText();
        assertTrue(promoted.contains("Admitted"), promoted);
        assertTrue(promoted.contains("Admitted automatically when a seat of the open pool freed: the first waiting "
                + "learner, in order of arrival, who could take it (number 1 on the waitlist)."), promoted);
        assertTrue(byId("enrolmentsForm:waitlist").getText().contains("Nobody is waiting."));
        assertEquals("2 of 2 seats taken, 0 free, 0 waiting.", byId("seatTotals").getText().strip());
        assertEquals(2, Http.get(base + "api/v1/sessions/" + session + "/seats", "en").json().getInt("held"));

        // the learner registered with an address at the desk has it on their page
        row("enrolments", "Janssens").findElement(By.xpath(".//a[contains(@id, ':learner')]")).click();
        WebElement address = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id$='detailAddress']")));
        assertEquals("Rue Neuve 12, 1000 Bruxelles", address.getText().strip());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", address);
        chromium.screenshot("enrolment-desk-learner-address");
    }

    @Test
    void aRefusedEnrolmentIsExplainedBesideTheFieldAndWritesNothing() {
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"DIGITALCITY","course":"DIG-NET-01","startDate":"2038-11-08","endDate":"2038-12-17",
                 "seatCapacity":1,"teachingLanguage":"FR"}""", "en");
        int session = created.json().getInt("id");
        browser.get(base + "session-enrolments.xhtml?session=" + session);
        type("enrolmentsForm:niss", "85.07.30-033.29");
        enrol("Peeters", "An", "30/07/1985");
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='enrolmentsForm:nissMessage'] .ui-message-error-detail")));
        assertEquals("This national register number is not valid: its check digits do not match.",
                message.getText().strip());
        assertEquals("Peeters", byId("enrolmentsForm:familyName").getAttribute("value"), "what was typed stays");
        assertEquals(0, Http.get(base + "api/v1/sessions/" + session + "/seats", "en").json().getInt("held"));
        assertTrue(byId("enrolmentsForm:enrolments").getText().contains("No enrolments yet."));
    }

    @Test
    void marksAWholeGroupPresentInOneClickAndIsToldAFutureMeetingCannotBeMarked() {
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"DIGITALCITY","course":"DIG-NET-01","startDate":"2038-06-07","endDate":"2038-06-25",
                 "seatCapacity":2,"teachingLanguage":"FR"}""", "en");
        int session = created.json().getInt("id");
        assertEquals(200, Http.current().put(base + "api/v1/sessions/" + session + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"12:30\"}]}", "en").status());
        browser.get(base + "session-enrolments.xhtml?session=" + session);
        enrol("Maes", "Lotte", "02/02/1992");
        enrol("Haddad", "Omar", "03/03/1993");
        byId("enrolmentsForm:attendanceLink").click();
        wait.until(ExpectedConditions.urlContains("attendance.xhtml"));

        assertTrue(byId("attendanceForm:meeting_label").getText().startsWith("7 Jun 2038"),
                byId("attendanceForm:meeting_label").getText());
        byId("attendanceForm:allPresent").click();
        ajaxDone();
        assertEquals(2, browser.findElements(By.cssSelector("[id='attendanceForm:grid_data'] .ui-button.ui-state-active"))
                .stream().filter(button -> button.getText().equals("Present")).count());
        browser.findElement(By.xpath("//tbody[@id='attendanceForm:grid_data']/tr[contains(., 'Haddad')]"
                + "//div[contains(@class,'ui-button')][.//span[text()='Absent']]")).click();
        byId("attendanceForm:save").click();
        ajaxDone();

        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='attendanceForm:meetingMessage'] .ui-message-error-detail")));
        assertEquals("The meeting of 7 Jun 2038 has not taken place yet.", refusal.getText().strip());
        assertEquals(0, Http.get(base + "api/v1/sessions/" + session + "/attendance", "en").json()
                .getJsonObject("total").getInt("expected"), "nothing was recorded");
        assertTrue(byId("attendanceForm:grid").getText().contains("-"));
    }
}
