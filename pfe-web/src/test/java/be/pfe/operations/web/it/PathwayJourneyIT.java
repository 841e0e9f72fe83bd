package be.pfe.operations.web.it;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At the Technicity desk, in a real headless Chromium: a placement is recorded for a learner with a company found
 * by its enterprise number (a wrong number is refused with a clear message first), then seen on the learner's
 * pathway (a Technicity session in 2046).
 */
class PathwayJourneyIT {

    private static final String NUMBER = "0654987649";
    private static String base;
    private static Chromium chromium;
    private static long session;
    private static long learner;

    @RegisterExtension
    static final ChromiumLifecycle CHROMIUM = ChromiumLifecycle.signedInAs("staff.technicity").height(1400);

    @BeforeAll
    static void aCompanyAndALearnerEnrolledAtTechnicity() {
        base = RunningApplication.baseUrl();
        PathwayCleanup.Enrolled applied = PathwayCleanup.applied(base, "TEC-ELEC-01", "2046-09-07", "2046-12-18",
                "Journey");
        session = applied.session();
        learner = applied.learner();
        assertEquals(201, Http.post(base + "api/v1/companies", """
                {"enterpriseNumber":"0654.987.649","name":"Elektro Zenne 2046","sector":"TECHNOLOGY_INDUSTRY",
                 "city":"Anderlecht"}""", "en").status());
        chromium = CHROMIUM.chromium();
    }

    @AfterAll
    static void removeThem() {
        PathwayCleanup.remove(session, NUMBER);
    }

    @Test
    void aCompanyChangedOverTheApiWhileItsDialogIsOpenIsNotOverwrittenAndThePageSaysSoPolitely() {
        chromium.browser.get(base + "companies.xhtml?q=0654.987");
        chromium.ajaxDone();
        chromium.byId("companiesForm:companies:0:edit").click();
        chromium.ajaxDone();
        chromium.type("companyForm:name", "Elektro Zenne (page)");

        // meanwhile a partner's system renames the company over the API, from the version it read
        long company = Http.get(base + "api/v1/companies?number=0654.987.649", "en").structure().asJsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        Http.Answer renamed = Http.current().put(base + "api/v1/companies/" + company, """
                {"enterpriseNumber":"0654.987.649","name":"Elektro Zenne (API)","sector":"TECHNOLOGY_INDUSTRY",
                 "city":"Anderlecht"}""", "en");
        assertEquals(200, renamed.status(), renamed.body());

        chromium.byId("companyForm:save").click();
        chromium.ajaxDone();
        WebElement told = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='companyForm:dialogSummary'] .ui-messages-error-summary")));
        assertEquals("Someone else changed this record in the meantime. Reload it and make your change again.",
                told.getText());
        assertTrue(chromium.byId("companyDialog").isDisplayed(), "the dialog stays open, as filled in");
        assertEquals("Elektro Zenne (page)", chromium.byId("companyForm:name").getAttribute("value"));
        assertTrue(chromium.byId("companiesForm:companies").getText().contains("Elektro Zenne (API)"),
                "the list behind shows the company as it now is");
        try {
            chromium.screenshot("companies-changed-meanwhile");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertFalse(chromium.browser.getPageSource().contains("Exception"));
        assertEquals("Elektro Zenne (API)", Http.get(base + "api/v1/companies/" + company, "en").json()
                .getString("name"), "the API's change stays");
        // the name the placement journey looks for, back
        assertEquals(200, Http.current().put(base + "api/v1/companies/" + company, """
                {"enterpriseNumber":"0654.987.649","name":"Elektro Zenne 2046","sector":"TECHNOLOGY_INDUSTRY",
                 "city":"Anderlecht"}""", "en").status());
        chromium.browser.get(base + "index.xhtml");
        chromium.ajaxDone();
    }

    @Test
    void recordsAPlacementWithACompanyFoundByItsNumberAndSeesItOnThePathway() {
        chromium.browser.get(base + "learner-pathway.xhtml?learner=" + learner);
        assertTrue(chromium.byId("learnerHeading").getText().contains("Journey Placement"));
        chromium.byId("pathwayForm:newPlacement").click();
        chromium.wait.until(ExpectedConditions.urlContains("placement.xhtml"));
        chromium.ajaxDone();

        // strict input on the page: a date of the next century is refused beside its field, nothing recorded
        chromium.type("placementForm:startDate_input", "14/09/2101");
        chromium.byId("placementForm:record").click();
        chromium.ajaxDone();
        WebElement outside = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='placementForm:startDateMessage'] .ui-message-error-detail")));
        assertTrue(outside.getText().contains("is outside the accepted dates"), outside.getText());
        assertFalse(chromium.browser.getCurrentUrl().contains("placement.xhtml?id="));
        chromium.browser.navigate().refresh();
        chromium.ajaxDone();

        chromium.type("placementForm:enterpriseNumber", "0654.987.648");
        chromium.byId("placementForm:findCompany").click();
        chromium.ajaxDone();
        WebElement refusal = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='placementForm:enterpriseNumberMessage'] .ui-message-error-detail")));
        assertEquals("This enterprise number is not valid: its last two digits (the modulo 97 check) do not match.",
                refusal.getText().strip());

        chromium.type("placementForm:enterpriseNumber", "BE 0654 987 649");
        chromium.byId("placementForm:findCompany").click();
        chromium.ajaxDone();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("placementForm:companyName"),
                "Elektro Zenne 2046"));
        assertEquals("0654.987.649", chromium.byId("placementForm:enterpriseNumber").getAttribute("value"));

        chromium.pick("placementForm:centre", "Technicity");
        chromium.type("placementForm:startDate_input", "14/09/2046");
        chromium.type("placementForm:endDate_input", "30/10/2046");
        chromium.type("placementForm:hours_input", "200");
        chromium.type("placementForm:workplaceTutor", "Marc Dupont");
        chromium.type("placementForm:centreCoach", "Sofia Coach");
        chromium.byId("placementForm:record").click();
        chromium.wait.until(ExpectedConditions.urlContains("placement.xhtml?id="));
        chromium.ajaxDone();
        assertTrue(chromium.byId("placementHeading").getText().contains("Elektro Zenne 2046"),
                chromium.byId("placementHeading").getText());
        assertEquals("Draft", chromium.byId("placementForm:status").getText().strip());
        chromium.byId("placementForm:sign").click();
        chromium.ajaxDone();
        chromium.wait.until(ExpectedConditions.textToBe(By.id("placementForm:status"), "Signed"));

        chromium.byId("placementForm:pathwayLink").click();
        chromium.wait.until(ExpectedConditions.urlContains("learner-pathway.xhtml"));
        String timeline = chromium.byId("timeline").getText();
        assertTrue(timeline.contains("In-company training"), timeline);
        assertTrue(timeline.contains("Elektro Zenne 2046 (0654.987.649)"), timeline);
        assertTrue(timeline.contains("Signed"), timeline);
        assertTrue(timeline.contains("14 Sept 2046"), timeline);
        assertTrue(timeline.contains("Recorded by staff.technicity"), timeline);
        assertTrue(timeline.contains("TEC-ELEC-01"), "the enrolment is on the pathway too: " + timeline);
    }
}
