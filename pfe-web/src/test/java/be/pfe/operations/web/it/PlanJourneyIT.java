package be.pfe.operations.web.it;

import jakarta.json.JsonArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Joint Action Plans in a real headless Chromium: Technicity's staff drafts the 2048 plan and submits it, its board
 * approves it; and a board member switches the interface to Dutch and reads a plan in Dutch.
 */
class PlanJourneyIT {

    private static Chromium chromium;
    private static String base;

    @RegisterExtension
    static final ChromiumLifecycle CHROMIUM = ChromiumLifecycle.anonymous().height(1400).screenshotsNamed("plan-");

    @BeforeAll
    static void browser() {
        base = CHROMIUM.base();
        chromium = CHROMIUM.chromium();
    }

    @AfterEach
    void signOut() {
        chromium.browser.manage().deleteAllCookies();
    }

    private String text(String id) {
        return chromium.byId(id).getText();
    }

    private void click(String id) {
        chromium.wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        chromium.ajaxDone();
    }

    /** The language switcher shows the user's language: go to English first (whatever it was), then to Dutch. */
    private void switchToDutch() {
        String lang = chromium.browser.findElement(By.tagName("html")).getAttribute("lang");
        if (!"en".equals(lang)) {
            chromium.pick("top:languageSwitcher", "nl".equals(lang) ? "Engels" : "Anglais");
            chromium.wait.until(d -> "en".equals(pageLanguage(d)));
        }
        chromium.pick("top:languageSwitcher", "Dutch");
        chromium.wait.until(d -> "nl".equals(pageLanguage(d)));
    }

    /** The page's language; none while the page is being replaced (the browser may report the old node gone). */
    private static String pageLanguage(org.openqa.selenium.WebDriver driver) {
        try {
            return driver.findElement(By.tagName("html")).getAttribute("lang");
        } catch (org.openqa.selenium.WebDriverException reloading) {
            return null;
        }
    }

    @Test
    void staffDraftsAndSubmitsThePlanAndTheBoardApprovesIt() {
        chromium.signIn("staff.technicity");
        chromium.browser.get(base + "plans.xhtml");
        WebElement year = chromium.byId("newPlanForm:year_input");
        year.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2048", Keys.TAB);
        click("newPlanForm:create");
        chromium.wait.until(ExpectedConditions.urlContains("plan.xhtml"));
        assertTrue(text("planHeading").contains("2048"), text("planHeading"));

        // the training offer: one course, then a target
        chromium.choose("trainingForm:course", "TEC-SOUD-01");
        chromium.choose("trainingForm:partner", "Bruxelles Formation");
        chromium.type("trainingForm:sessions", "3");
        chromium.type("trainingForm:seats", "36");
        click("trainingForm:add");
        String lines = text("trainingForm:lines");
        assertTrue(lines.contains("TEC-SOUD-01") && lines.contains("36"), lines);

        chromium.browser.findElement(By.xpath("//*[@id='tabs']//a[contains(@href, 'tab=targets')]")).click();
        chromium.wait.until(ExpectedConditions.urlContains("tab=targets"));
        chromium.type("targetForm:value", "474");
        click("targetForm:add");
        assertTrue(text("targetForm:lines").contains("474"), text("targetForm:lines"));

        click("workflowForm:submit");
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workflowForm:status"), "Submitted"));
        long id = Long.parseLong(chromium.browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        // the board of Technicity decides (in whatever language the account speaks: ids only)
        chromium.browser.manage().deleteAllCookies();
        chromium.signIn("board.technicity");
        chromium.browser.get(base + "plan.xhtml?id=" + id);
        click("workflowForm:openDecision");
        assertTrue(chromium.browser.findElements(By.cssSelector("[id='decisionForm:decision'] input:checked")).isEmpty(),
                "no decision suggested");
        chromium.browser.findElement(By.cssSelector("label[for='decisionForm:decision:0']")).click(); // approved
        chromium.byId("decisionForm:decisionText").sendKeys("Approuvé par le conseil du pôle.");
        WebElement meeting = chromium.byId("decisionForm:meetingDate_input");
        meeting.sendKeys(Keys.chord(Keys.CONTROL, "a"),
                LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.TAB);
        click("decisionForm:confirmDecision");
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workflowForm:decisionShown")));
        assertTrue(text("workflowForm:decisionShown").contains("Approuvé par le conseil du pôle."),
                text("workflowForm:decisionShown"));
        assertTrue(chromium.browser.findElements(By.id("workflowForm:openDecision")).isEmpty(), "decided once");

        var plan = Http.as("board.technicity").get(base + "api/v1/plans/" + id, "en").json();
        assertEquals("APPROVED", plan.getString("status"));
        assertEquals("board.technicity", plan.getString("decidedBy"));
        JsonArray history = (JsonArray) Http.as("auditor").get(base + "api/v1/plans/" + id + "/history", "en").structure();
        assertEquals(List.of("CREATED", "EDITED", "EDITED", "SUBMITTED", "APPROVED"), history.stream()
                .map(step -> step.asJsonObject().getString("step")).toList());
        assertEquals("staff.technicity", history.getJsonObject(1).getString("actor"));
    }

    @Test
    void theBoardChoosesItsDecisionAndAmendmentsAreMadeInANewVersionWhoseDifferencesItReads() {
        Http.User staff = Http.as("staff.technicity");
        Http.Answer created = staff.post(base + "api/v1/plans", """
                {"centre":"TECHNICITY","year":2046,"content":{
                 "training":[{"course":"TEC-SOUD-01","partner":"BRUXELLES_FORMATION","sessions":2,"seats":24}],
                 "targets":[{"indicator":"TRAINING_SPOTS","value":300}]}}""", "en");
        assertEquals(201, created.status(), created.body());
        long first = created.json().getJsonNumber("id").longValue();
        assertEquals(200, staff.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        base + "api/v1/plans/" + first + "/submission")).header("If-Match", created.header("ETag"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())).status());

        chromium.signIn("board.technicity");
        chromium.browser.get(base + "plan.xhtml?id=" + first);
        click("workflowForm:openDecision");
        assertTrue(chromium.browser.findElements(By.cssSelector("[id='decisionForm:decision'] input:checked")).isEmpty(),
                "no decision suggested");
        chromium.byId("decisionForm:decisionText").sendKeys("Plus de places en soudure, svp.");
        chromium.byId("decisionForm:meetingDate_input").sendKeys(Keys.chord(Keys.CONTROL, "a"),
                LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.TAB);
        click("decisionForm:confirmDecision");
        assertTrue(!text("decisionForm:dialogMessages").isBlank(), "a decision must be chosen");
        assertEquals("SUBMITTED", Http.as("auditor").get(base + "api/v1/plans/" + first, "en").json()
                .getString("status"), "nothing decided without a choice");
        chromium.browser.findElement(By.cssSelector("label[for='decisionForm:decision:1']")).click(); // amendments
        click("decisionForm:confirmDecision");
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workflowForm:decisionShown")));
        assertEquals("AMENDMENTS_REQUESTED", Http.as("auditor").get(base + "api/v1/plans/" + first, "en").json()
                .getString("status"));

        chromium.browser.manage().deleteAllCookies();
        chromium.signIn("staff.technicity");
        chromium.browser.get(base + "plan.xhtml?id=" + first + "&tab=training");
        chromium.choose("trainingForm:course", "TEC-ELEC-01");
        chromium.choose("trainingForm:partner", "Bruxelles Formation");
        chromium.type("trainingForm:sessions", "1");
        chromium.type("trainingForm:seats", "12");
        click("trainingForm:add");
        chromium.wait.until(d -> !d.getCurrentUrl().contains("id=" + first + "&"));
        long second = Long.parseLong(chromium.browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertTrue(second != first, "the change made a new version");
        assertTrue(chromium.browser.findElements(By.id("workflowForm:decisionShown")).isEmpty(),
                "the board's decision stays on the version it was taken on");
        assertTrue(text("trainingForm:lines").contains("TEC-ELEC-01"));
        var amended = Http.as("auditor").get(base + "api/v1/plans/" + second, "en").json();
        assertEquals("DRAFT", amended.getString("status"));
        assertEquals(2, amended.getInt("versionNumber"));
        var sentBack = Http.as("auditor").get(base + "api/v1/plans/" + first, "en").json();
        assertEquals("AMENDMENTS_REQUESTED", sentBack.getString("status"));
        assertEquals(1, sentBack.getJsonObject("content").getJsonArray("training").size(), "v1 as the board read it");

        chromium.browser.get(base + "plan.xhtml?id=" + second + "&tab=history");
        String differences = text("differences");
        assertTrue(differences.contains("TEC-ELEC-01"), "the differences with the version sent back: " + differences);
        String history = text("steps");
        assertTrue(!history.contains("from TECHNICITY") && !history.contains("AMENDMENTS_REQUESTED")
                && !history.contains("meeting 20"), "the history in the reader's words: " + history);
    }

    @Test
    void aBoardMemberSwitchesToDutchAndReadsThePlanInDutch() {
        chromium.signIn("board.technicity");
        switchToDutch();
        int lastYear = Year.now().getValue() - 1;
        JsonArray plans = (JsonArray) Http.as("board.technicity")
                .get(base + "api/v1/plans?centre=TECHNICITY&year=" + lastYear, "en").structure();
        assertEquals(1, plans.size(), "the demonstration's approved plan of last year");
        long id = plans.getJsonObject(0).getJsonNumber("id").longValue();

        chromium.browser.get(base + "plan.xhtml?id=" + id);
        assertEquals("Gezamenlijk actieplan", chromium.byId("content").findElement(By.tagName("h1")).getText());
        assertEquals("Goedgekeurd", text("workflowForm:status"));
        String tabs = text("tabs");
        for (String label : List.of("Opleidingsaanbod", "Validaties en screenings", "Opleiding in de onderneming",
                "Acties", "Functioneel organigram", "Doelstellingen", "Geschiedenis")) {
            assertTrue(tabs.contains(label), label + " in " + tabs);
        }
        String training = text("trainingForm:lines");
        assertTrue(training.contains("Opleiding") && training.contains("Plaatsen") && training.contains("Sessies"), training);
        assertTrue(training.contains("Halfautomatisch lasser"), "course titles in Dutch: " + training);
        assertTrue(text("workflowForm").contains("Beslissing van het bestuur"), text("workflowForm"));

        chromium.browser.get(base + "plan.xhtml?id=" + id + "&tab=actions");
        String actions = text("actionForm:lines");
        assertTrue(actions.contains("Lassers opleiden (knelpuntberoep)"), "plan texts in Dutch: " + actions);
        assertTrue(actions.contains("Knelpuntberoep") && actions.contains("Opleiding en validering van competenties"),
                actions);

        chromium.browser.get(base + "plan.xhtml?id=" + id + "&tab=organisation");
        assertTrue(text("roleForm:lines").contains("Coördinatie van de pool"), text("roleForm:lines"));

        chromium.browser.get(base + "plan.xhtml?id=" + id + "&tab=targets");
        String targets = text("targetForm:lines");
        assertTrue(targets.contains("Gerealiseerd") && targets.contains("Streefwaarde"), targets);
        assertTrue(targets.contains("Projectie op jaareinde") && List.of("Bereikt", "Op schema", "In gevaar", "Achter")
                .stream().anyMatch(targets::contains), "each target with its actual figure and status: " + targets);

        // back to English, as the other journeys expect the account to start
        chromium.pick("top:languageSwitcher", "Engels");
        chromium.wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }
}
