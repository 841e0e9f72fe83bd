package be.pfe.operations.web.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A board member of Technicity signs in, switches the interface to Dutch and reads their centre's figures in Dutch;
 * the choice is remembered in their account for the next sign-in (their plan page in Dutch: {@link PlanJourneyIT}).
 * Other centres' records are refused with a friendly page.
 */
class BoardMemberJourneyIT {

    private static Chromium chromium;

    @BeforeAll
    static void openBrowser() {
        chromium = Chromium.open(RunningApplication.baseUrl());
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    private String title() {
        return chromium.byId("content").findElement(By.tagName("h1")).getText();
    }

    @Test
    void switchesToDutchSeesTheirCentreInDutchAndFindsDutchAgainAfterSigningInAgain() {
        chromium.signIn("board.technicity");
        chromium.pick("top:languageSwitcher", "Dutch"); // the page comes back in Dutch
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#content .pfe-lead"),
                "Aangeboden plaatsen per centrum"));
        assertEquals("nl", chromium.browser.findElement(By.tagName("html")).getAttribute("lang"));
        List<String> cards = chromium.browser.findElements(By.cssSelector(".pfe-card-title")).stream()
                .map(card -> card.getText()).toList();
        assertEquals(List.of("Technicity.brussels"), cards, "a board member reads their own centre's figures");
        assertTrue(chromium.byId("content").getText().contains("Telregel: elke sessie"), "the counting rule, in Dutch");
        assertEquals("Cijfers", chromium.browser.findElement(By.xpath("//*[@id='top:menu']//a[.//span[text()='Cijfers']]"))
                .getText().strip());

        chromium.byId("top:signOut").click();
        chromium.wait.until(ExpectedConditions.urlContains("login.xhtml"));
        chromium.signIn("board.technicity");
        assertTrue(chromium.byId("content").getText().contains("Aangeboden plaatsen per centrum"),
                "Dutch again: the choice is kept in the account");

        chromium.browser.get(RunningApplication.baseUrl() + "calendar.xhtml?centre=DIGITALCITY");
        chromium.refused();
        assertTrue(chromium.browser.getCurrentUrl().contains("calendar.xhtml?centre=DIGITALCITY"), "refused where asked");
        assertEquals("Niet toegestaan", title());
    }
}
