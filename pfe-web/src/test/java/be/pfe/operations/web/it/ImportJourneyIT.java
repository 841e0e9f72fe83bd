package be.pfe.operations.web.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real headless Chromium: a partner's CSV file uploaded on the import page shows a refused row and the good ones
 * in its preview, the import enrols the good learners; on the occupancy dashboard the session's figure opens the
 * list of those learners (session in 2044, which no other test uses). A read-only role is sent away from the page; a file
 * chosen while two imports are being read is asked to wait.
 */
class ImportJourneyIT {

    private static String base;
    private static Chromium chromium;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void openBrowser() {
        base = RunningApplication.baseUrl();
        chromium = Chromium.open(base, 1400);
        chromium.signIn(Http.ADMINISTRATOR);
        browser = chromium.browser;
        wait = chromium.wait;
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void screenshot(TestInfo test) throws IOException {
        chromium.screenshot(test.getDisplayName());
    }

    private WebElement row(String table, String text) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tbody[@id='" + table + "_data']/tr[contains(., '" + text + "')]")));
    }

    @Test
    void importsAPartnersFileShowingTheRefusedRowThenDrillsFromTheSessionsFigureToItsLearners() throws IOException {
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"DIGITALCITY","course":"DIG-NET-01","startDate":"2044-02-01","endDate":"2044-03-25",
                 "seatCapacity":4,"teachingLanguage":"FR"}""", "en");
        assertEquals(201, created.status(), created.body());
        long session = created.json().getJsonNumber("id").longValue();
        Path file = Files.createTempFile("partner-export", ".csv");
        Files.writeString(file, "Nom;Prénom;Date de naissance;Langue;Statut;Niveau d'études;Session\n"
                + "Lambert;Chloé;05/05/1994;FR;JOBSEEKER_ACTIRIS;LOWER_SECONDARY;" + session + "\n"
                + ";Sans Nom;06/06/1995;FR;WORKER;HIGHER;" + session + "\n"
                + "Renard;Hugo;07/07/1996;FR;WORKER;UPPER_SECONDARY;" + session + "\n", StandardCharsets.UTF_8);

        browser.get(base + "import.xhtml");
        assertEquals("Import a partner’s file", chromium.byId("content").findElement(By.tagName("h1")).getText());
        browser.findElement(By.id("importForm:file_input")).sendKeys(file.toAbsolutePath().toString());
        chromium.ajaxDone();

        assertTrue(row("importForm:rows", "Lambert").getText().contains("New learner, to enrol"));
        String refused = row("importForm:rows", "Sans Nom").getText();
        assertTrue(refused.contains("Refused") && refused.contains("The column “familyName” is empty."), refused);
        assertTrue(chromium.byId("importForm:counts").getText().contains("3 rows, 2 good, 1 refused."),
                chromium.byId("importForm:counts").getText());
        assertEquals(0, Http.get(base + "api/v1/enrolments?session=" + session, "en").structure().asJsonArray().size());

        chromium.byId("importForm:import").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("importForm:summary"),
                "Import finished: 2 of 3 rows imported or already there."));
        chromium.ajaxDone();
        assertTrue(row("importForm:rows", "Renard").getText().contains("Learner created and enrolled"));
        assertTrue(row("importForm:rows", "Sans Nom").getText().contains("Refused, nothing imported"));

        List<JsonObject> enrolments = Http.get(base + "api/v1/enrolments?session=" + session, "en").structure()
                .asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("Lambert", "Renard"), enrolments.stream().map(e -> e.getString("familyName")).toList());
        for (JsonObject enrolment : enrolments) {
            long id = enrolment.getJsonNumber("enrolmentId").longValue();
            Http.current().post(base + "api/v1/enrolments/" + id + "/steps", "{\"step\":\"SCREEN\",\"actor\":\"assessor\"}", "en");
            assertEquals(200, Http.current().post(base + "api/v1/enrolments/" + id + "/steps",
                    "{\"step\":\"ADMIT\",\"actor\":\"desk\"}", "en").status());
        }

        browser.get(base + "occupancy.xhtml?year=2044&course=DIG-NET-01&by=SESSION");
        chromium.ajaxDone();
        WebElement figure = row("occupancyForm:table", "DIG-NET-01 · 2044-02-01");
        assertTrue(figure.getText().contains("50%"), figure.getText());
        assertTrue(browser.findElements(By.cssSelector("[id='occupancyForm:seatsChart'] canvas")).size() == 1,
                "the chart is drawn");
        figure.findElement(By.cssSelector("a[id$=':drill']")).click();
        chromium.ajaxDone();
        assertTrue(chromium.byId("occupancyForm:behind").getText().contains("2 enrolments"),
                chromium.byId("occupancyForm:behind").getText());
        assertTrue(row("occupancyForm:occupants", "Lambert Chloé").getText().contains("Admitted"));
        assertTrue(row("occupancyForm:occupants", "Renard Hugo").isDisplayed());
    }

    @Test
    void readOnlyRolesAreSentAwayFromTheImportPage() {
        Chromium auditor = Chromium.open(base);
        try {
            auditor.signIn("auditor");
            auditor.browser.get(base + "import.xhtml");
            auditor.refused();
            assertTrue(auditor.browser.findElements(By.id("importForm:file_input")).isEmpty(), "no file to choose");
        } finally {
            auditor.close();
        }
    }

    @Test
    void aFileChosenWhileTwoImportsAreBeingReadIsAskedToWait() throws Exception {
        Path file = Files.createTempFile("partner-export", ".csv");
        Files.writeString(file, "meeting;enrolment;mark\n999999999;1;present\n", StandardCharsets.UTF_8);
        browser.get(base + "import.xhtml");
        List<SlowUpload> held = new ArrayList<>();
        try {
            assertEquals(429, SlowUpload.holdTwo(base, held).status());
            browser.findElement(By.id("importForm:file_input")).sendKeys(file.toAbsolutePath().toString());
            chromium.ajaxDone();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("importForm:summary"),
                    "Another import is being read: try again in a moment."));
            assertTrue(browser.findElements(By.id("importForm:rows")).isEmpty(), "nothing previewed");
        } finally {
            for (SlowUpload upload : held) {
                upload.close();
            }
        }
        assertEquals(200, SlowUpload.awaitFree(base).status());
    }
}
