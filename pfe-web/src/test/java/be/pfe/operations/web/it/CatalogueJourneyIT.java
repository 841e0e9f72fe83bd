package be.pfe.operations.web.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Technicity's staff keep the catalogue in a real Chromium: a course with its titles in three languages, a room (a
 * seat count of 0 refused beside the field), a trainer qualified for the course and available on weekdays; the room
 * changed; another course retired, shown as retired, and refused when a session of it is planned. A board member
 * sees the lists without a button that changes them.
 */
class CatalogueJourneyIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
    private static final String COURSE = "JRN-CNC-" + SUFFIX;
    private static final String OLD_COURSE = "JRN-OLD-" + SUFFIX;
    private static final String ROOM = "T-J" + SUFFIX;
    private static final String TRAINER = "TR-J" + SUFFIX;

    private static String base;
    private static Chromium chromium;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void openBrowser() {
        base = RunningApplication.baseUrl();
        Http.Answer old = Http.as("staff.technicity").post(base + "api/v1/courses", """
                {"code":"%s","titleFr":"Ancienne formation","kind":"TRAINING","sector":"TECHNOLOGY_INDUSTRY",
                 "providingPartner":"BRUXELLES_FORMATION","teachingLanguage":"FR","durationHours":40}"""
                .formatted(OLD_COURSE), "en");
        assertEquals(201, old.status(), old.body());
        chromium = Chromium.open(base, 1200);
        browser = chromium.browser;
        wait = chromium.wait;
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    private void checkItem(String menuId, String value) {
        chromium.byId(menuId).click();
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "[id='" + menuId + "_panel'] li[data-item-value='" + value + "'] .ui-chkbox-box")));
        item.click();
        chromium.ajaxDone();
        browser.findElement(By.cssSelector("[id='" + menuId + "_panel'] .ui-selectcheckboxmenu-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }

    /** Clicks a button of a dialog whose content scrolls: brought into view first. */
    private void press(String id) {
        WebElement button = chromium.byId(id);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", button);
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        chromium.ajaxDone();
    }

    private String summary(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[id='" + id + "'] .ui-messages-info, [id='" + id + "'] .ui-messages-error"))).getText().strip();
    }

    @Test
    void staffKeepTheCatalogueRoomsAndTrainersAndARetiredCourseIsNotPlanned() throws IOException {
        chromium.signIn("staff.technicity");

        // a course with its titles in three languages
        chromium.followMenu("Planning", "Courses");
        wait.until(ExpectedConditions.urlContains("courses.xhtml"));
        chromium.byId("coursesForm:new").click();
        chromium.ajaxDone();
        chromium.type("courseForm:code", COURSE);
        chromium.type("courseForm:titleFr", "Opérateur CNC");
        chromium.type("courseForm:titleNl", "CNC-operator");
        chromium.type("courseForm:titleEn", "CNC operator");
        chromium.choose("courseForm:providingPartner", "Bruxelles Formation");
        chromium.choose("courseForm:teachingLanguage", "Dutch");
        chromium.type("courseForm:durationHours_input", "480");
        chromium.choose("courseForm:requiredRoomType", "Workshop");
        chromium.type("courseForm:equipment", "CNC lathe, milling machine");
        chromium.screenshot("catalogue-1-course-form");
        press("courseForm:save");
        assertEquals("Course " + COURSE + " saved.", summary("coursesForm:summary"));
        chromium.type("coursesForm:search", COURSE);
        chromium.byId("coursesForm:find").click();
        chromium.ajaxDone();
        String row = chromium.byId("coursesForm:courses").getText();
        assertTrue(row.contains(COURSE) && row.contains("CNC operator") && row.contains("Dutch"), row);
        chromium.screenshot("catalogue-2-course-listed");
        JsonObject course = Http.get(base + "api/v1/courses/" + COURSE, "en").json();
        assertEquals("Opérateur CNC", course.getString("titleFr"));
        assertEquals("CNC-operator", course.getString("titleNl"));
        assertEquals(List.of("CNC lathe", "milling machine"), course.getJsonArray("requiredEquipment")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        // a room of Technicity: no seats is refused beside the field, then twelve
        chromium.followMenu("Planning", "Rooms");
        wait.until(ExpectedConditions.urlContains("rooms.xhtml"));
        assertTrue(chromium.byId("roomsForm:centre_label").getText().startsWith("Technicity"));
        chromium.byId("roomsForm:new").click();
        chromium.ajaxDone();
        chromium.type("roomForm:code", ROOM);
        chromium.type("roomForm:name", "Atelier CNC");
        chromium.choose("roomForm:type", "Workshop");
        chromium.type("roomForm:seatCapacity", "0");
        chromium.type("roomForm:equipment", "CNC lathe, milling machine");
        press("roomForm:save");
        assertEquals("A room has at least one seat (0 given).", chromium.byId("roomForm:seatCapacityMessage")
                .getText().strip());
        chromium.screenshot("catalogue-3-room-refused");
        chromium.type("roomForm:seatCapacity", "12");
        press("roomForm:save");
        assertEquals("Room " + ROOM + " saved.", summary("roomsForm:summary"));
        assertTrue(chromium.byId("roomsForm:rooms").getText().contains(ROOM));

        // a trainer qualified for the course, available from Monday to Friday
        chromium.followMenu("Planning", "Trainers");
        wait.until(ExpectedConditions.urlContains("trainers.xhtml"));
        chromium.byId("trainersForm:new").click();
        chromium.ajaxDone();
        chromium.type("trainerForm:code", TRAINER);
        chromium.type("trainerForm:name", "Inès Janssens");
        chromium.choose("trainerForm:partner", "Bruxelles Formation");
        checkItem("trainerForm:qualifications", COURSE);
        press("trainerForm:addWeekdays");
        chromium.screenshot("catalogue-4-trainer-form");
        press("trainerForm:save");
        assertEquals("Trainer " + TRAINER + " saved.", summary("trainersForm:summary"));
        JsonObject trainer = Http.get(base + "api/v1/trainers/" + TRAINER, "en").json();
        assertEquals(5, trainer.getJsonArray("availability").size());
        assertEquals(List.of("TECHNICITY"), trainer.getJsonArray("centres").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(COURSE, trainer.getJsonArray("qualifications").getJsonObject(0).getString("course"));
        assertEquals(List.of(TRAINER), Http.get(base + "api/v1/courses/" + COURSE, "en").json()
                .getJsonArray("qualifiedTrainers").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        chromium.screenshot("catalogue-5-trainer-listed");

        // the room changed: fourteen seats
        chromium.followMenu("Planning", "Rooms");
        wait.until(ExpectedConditions.urlContains("rooms.xhtml"));
        WebElement roomRow = browser.findElement(By.xpath("//tr[.//span[text()='" + ROOM + "']]"));
        roomRow.findElement(By.xpath(".//button[contains(@id,':edit')]")).click();
        chromium.ajaxDone();
        wait.until(ExpectedConditions.attributeToBe(By.id("roomForm:code"), "value", ROOM));
        chromium.type("roomForm:seatCapacity", "14");
        press("roomForm:save");
        assertEquals("Room " + ROOM + " saved.", summary("roomsForm:summary"));
        assertEquals(14, Http.get(base + "api/v1/centres/TECHNICITY/rooms/" + ROOM, "en").json()
                .getInt("seatCapacity"));
        chromium.screenshot("catalogue-6-room-changed");

        // another course retired: shown as retired, no longer planned
        chromium.followMenu("Planning", "Courses");
        wait.until(ExpectedConditions.urlContains("courses.xhtml"));
        chromium.type("coursesForm:search", OLD_COURSE);
        chromium.byId("coursesForm:find").click();
        chromium.ajaxDone();
        WebElement oldRow = browser.findElement(By.xpath("//tr[.//span[text()='" + OLD_COURSE + "']]"));
        oldRow.findElement(By.xpath(".//button[contains(@id,':retire')]")).click();
        chromium.ajaxDone();
        wait.until(ExpectedConditions.textToBe(By.id("retireForm:retiringCode"), OLD_COURSE));
        chromium.screenshot("catalogue-7-retire-confirm");
        chromium.byId("retireForm:confirmRetire").click();
        chromium.ajaxDone();
        assertEquals("The course " + OLD_COURSE + " is retired.", summary("coursesForm:summary"));
        chromium.choose("coursesForm:status", "Retired");
        chromium.byId("coursesForm:find").click();
        chromium.ajaxDone();
        String retiredRow = chromium.byId("coursesForm:courses").getText();
        assertTrue(retiredRow.contains(OLD_COURSE) && retiredRow.contains("Retired"), retiredRow);
        assertTrue(browser.findElements(By.xpath("//tr[.//span[text()='" + OLD_COURSE + "']]//button")).isEmpty(),
                "a retired course has no edit or retire button");
        chromium.screenshot("catalogue-8-retired-listed");

        // the session form no longer offers it; over the API (or a stale form) its planning is refused
        browser.get(base + "session-new.xhtml");
        chromium.choose("sessionForm:centre", "Technicity");
        chromium.choose("sessionForm:course", COURSE); // the course in use is offered (opens the menu's items)
        String offered = String.join(" ", browser.findElements(By.cssSelector("[id='sessionForm:course_items'] li"))
                .stream().map(item -> item.getAttribute("data-label")).toList());
        assertTrue(offered.contains(COURSE), "the courses in use are offered: " + offered);
        assertFalse(offered.contains(OLD_COURSE), "a retired course is not offered: " + offered);
        Http.Answer refused = Http.as("staff.technicity").post(base + "api/v1/sessions", """
                {"centre":"TECHNICITY","course":"%s","startDate":"2047-01-11","endDate":"2047-03-26","seatCapacity":10,
                 "teachingLanguage":"FR"}""".formatted(OLD_COURSE), "en");
        Http.assertProblem(refused, 422, "course.retired.notPlannable");
        assertEquals("The course " + OLD_COURSE + " is retired: no new session of it can be planned.",
                refused.json().getString("detail"));
        chromium.screenshot("catalogue-9-retired-not-offered");
    }

    @Test
    void aBoardMemberReadsTheListsWithoutAButtonThatChangesThem() throws IOException {
        try (Chromium board = Chromium.open(base)) {
            board.signIn("board.technicity");
            for (String page : List.of("courses", "rooms", "trainers")) {
                board.browser.get(base + page + ".xhtml");
                board.ajaxDone();
                assertFalse(board.browser.findElements(By.cssSelector("table tbody tr")).isEmpty(), page);
                assertTrue(board.browser.findElements(By.cssSelector("[id$=':new'], [id$=':edit'], [id$=':retire']"))
                        .isEmpty(), page + " shows a button that changes something");
                assertTrue(board.browser.findElements(By.id("courseDialog")).isEmpty()
                        && board.browser.findElements(By.id("roomDialog")).isEmpty()
                        && board.browser.findElements(By.id("trainerForm")).isEmpty(), page);
            }
            board.screenshot("catalogue-10-board-trainers");
        }
    }
}
