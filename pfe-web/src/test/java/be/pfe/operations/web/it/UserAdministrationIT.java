package be.pfe.operations.web.it;

import be.pfe.operations.testing.TestDatabase;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static be.pfe.operations.web.it.Http.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * User administration through the REST API: administrators only; every change takes effect at once (a new account
 * signs in with its roles, a deactivated one no longer does) and is in the audit trail without the password;
 * refusals in the caller's language; no self-deactivation, never no administrator. Accounts {@code it.users.*}.
 */
class UserAdministrationIT {

    private static final String PASSWORD = "initial-password-2045";
    private static String base;

    @BeforeAll
    static void start() {
        base = RunningApplication.baseUrl();
    }

    @BeforeEach
    void noTestAccounts() {
        removeTheTestAccounts();
    }

    @AfterAll
    static void removeTheTestAccounts() {
        TestDatabase.shared().execute("delete from user_account where username like 'it.users.%'");
    }

    private static String users() {
        return base + "api/v1/users";
    }

    private static Http.Answer create(String username, String roles, String language) {
        return Http.post(users(), """
                {"username":"%s","displayName":"Test %s","password":"%s","roles":%s}"""
                .formatted(username, username, PASSWORD, roles), language);
    }

    private static long created(String username, String roles) {
        Http.Answer answer = create(username, roles, "en");
        assertEquals(201, answer.status(), answer.body());
        return answer.json().getJsonNumber("id").longValue();
    }

    private static Http.Answer centres(Http.User user) {
        return user.get(base + "api/v1/centres", "en");
    }

    private static List<String> audited(String username) {
        return TestDatabase.shared().inTransaction(em -> em.createNativeQuery(
                        "select actor || ' ' || action || ' ' || coalesce(detail, '') from audit_event "
                                + "where subject = ? and action not like 'SIGN%' order by id")
                .setParameter(1, username).getResultList().stream().map(String::valueOf).toList());
    }

    @ParameterizedTest(name = "{0} may not administer users")
    @ValueSource(strings = {"staff.technicity", "manager.actiris", "board.technicity", "auditor"})
    void onlyAdministratorsListOrCreateAccounts(String user) {
        assertProblem(Http.as(user).get(users(), "en"), 403, "access.denied");
        long before = TestDatabase.shared().count("user_account");
        assertProblem(Http.as(user).post(users(), """
                {"username":"it.users.sneaky","displayName":"X","password":"%s","roles":[{"role":"ADMINISTRATOR"}]}"""
                .formatted(PASSWORD), "en"), 403, "access.denied");
        assertEquals(before, TestDatabase.shared().count("user_account"));
        assertProblem(Http.anonymous().get(users(), "en"), 401, "auth.required");
    }

    @Test
    void aNewAccountSignsInWithItsRolesAndNothingOfThePasswordIsTold() {
        Http.Answer answer = create("IT.Users.Staff", "[{\"role\":\"CENTRE_STAFF\",\"centre\":\"TECHNICITY\"}]", "en");
        assertEquals(201, answer.status(), answer.body());
        JsonObject account = answer.json();
        assertEquals("it.users.staff", account.getString("username"));
        assertTrue(account.getBoolean("active"));
        assertEquals("CENTRE_STAFF", account.getJsonArray("roles").getJsonObject(0).getString("role"));
        assertEquals("TECHNICITY", account.getJsonArray("roles").getJsonObject(0).getString("centre"));
        assertFalse(answer.body().contains(PASSWORD) || answer.body().contains("pbkdf2"), answer.body());
        assertTrue(answer.location().endsWith("/users/" + account.getJsonNumber("id").longValue()));
        assertFalse(Http.get(users(), "en").body().contains("pbkdf2"));

        Http.User staff = new Http.User("it.users.staff", PASSWORD);
        assertEquals(200, centres(staff).status());
        assertEquals(200, staff.get(base + "api/v1/sessions?centre=TECHNICITY", "en").status());
        assertProblem(staff.get(base + "api/v1/sessions?centre=DIGITALCITY", "en"), 403, "access.denied.centre");
        assertProblem(staff.get(users(), "en"), 403, "access.denied");
        assertEquals(List.of("admin USER_CREATED roles [CENTRE_STAFF@TECHNICITY]"), audited("it.users.staff"));
        assertEquals(0L, (long) TestDatabase.shared().inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where detail like ?").setParameter(1, "%" + PASSWORD + "%")
                .getSingleResult()).longValue()));
    }

    @Test
    void refusesWhatDoesNotFitInTheCallersLanguageAndCreatesNothing() {
        long before = TestDatabase.shared().count("user_account");
        Http.Answer french = create("it.users.bad", "[{\"role\":\"CENTRE_STAFF\",\"partner\":\"ACTIRIS\"}]", "fr");
        assertProblem(french, 422, "account.role.scopeInvalid");
        Http.Answer dutch = Http.post(users(), """
                {"username":"it.users.short","displayName":"X","password":"short","roles":[{"role":"AUDITOR"}]}""", "nl");
        assertProblem(dutch, 422, "account.password.tooShort");
        assertEquals("password", dutch.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Http.Answer english = create("it users", "[{\"role\":\"AUDITOR\"}]", "en");
        assertProblem(english, 422, "user.username.invalid");
        assertEquals("A username has 3 to 60 characters: lower-case letters, digits, dots, hyphens or underscores.",
                english.json().getString("detail"));
        assertEquals("Le nom d’utilisateur admin est déjà pris.",
                create("admin", "[{\"role\":\"AUDITOR\"}]", "fr").json().getString("detail"));
        assertEquals("Het centrum NOWHERE bestaat niet.",
                create("it.users.nowhere", "[{\"role\":\"BOARD_MEMBER\",\"centre\":\"NOWHERE\"}]", "nl")
                        .json().getString("detail"));
        assertProblem(create("it.users.none", "[]", "en"), 422, "user.roles.required");
        assertProblem(create("it.users.what", "[{\"role\":\"KING\"}]", "en"), 422, "user.role.unknown");
        assertProblem(Http.post(users(), null, "en"), 400, "request.body.missing");
        assertEquals(before, TestDatabase.shared().count("user_account"));
    }

    @Test
    void changesRolesDeactivatesReactivatesAndResetsThePasswordEachAtOnceAndAudited() {
        long id = created("it.users.board", "[{\"role\":\"BOARD_MEMBER\",\"centre\":\"TECHNICITY\"}]");
        Http.User board = new Http.User("it.users.board", PASSWORD);
        assertProblem(board.get(base + "api/v1/sessions?centre=DIGITALCITY", "en"), 403, "access.denied.centre");

        Http.Answer changed = Http.current().put(users() + "/" + id + "/roles",
                "[{\"role\":\"BOARD_MEMBER\",\"centre\":\"DIGITALCITY\"},{\"role\":\"PARTNER_MANAGER\",\"partner\":\"ACTIRIS\"}]",
                "en");
        assertEquals(200, changed.status(), changed.body());
        assertEquals(2, changed.json().getJsonArray("roles").size());
        assertEquals(200, board.get(base + "api/v1/sessions?centre=DIGITALCITY", "en").status());

        Http.Answer deactivated = Http.current().post(users() + "/" + id + "/deactivation", null, "en");
        assertEquals(200, deactivated.status(), deactivated.body());
        assertFalse(deactivated.json().getBoolean("active"));
        assertProblem(centres(board), 401, "auth.locked");
        assertEquals(200, Http.current().post(users() + "/" + id + "/reactivation", null, "en").status());
        assertEquals(200, centres(board).status());

        assertProblem(Http.current().put(users() + "/" + id + "/password", "{\"password\":\"too-short\"}", "fr"), 422,
                "account.password.tooShort");
        assertEquals(200, centres(board).status(), "a refused reset changes nothing");
        assertEquals(200, Http.current().put(users() + "/" + id + "/password", "{\"password\":\"a-new-password-2045\"}", "en")
                .status());
        assertProblem(centres(board), 401, "auth.failed");
        assertEquals(200, centres(new Http.User("it.users.board", "a-new-password-2045")).status());

        assertEquals(List.of("admin USER_CREATED roles [BOARD_MEMBER@TECHNICITY]",
                "admin ROLES_CHANGED [BOARD_MEMBER@TECHNICITY] -> [BOARD_MEMBER@DIGITALCITY, PARTNER_MANAGER@ACTIRIS]",
                "admin USER_DEACTIVATED ", "admin USER_REACTIVATED ", "admin PASSWORD_RESET "), audited("it.users.board"));
        assertProblem(Http.current().post(users() + "/987654321/unlock", null, "en"), 404, "user.unknown");
    }

    @Test
    void unlockingLiftsTheDelaysOfEveryClientOnTheAccount() {
        long id = created("it.users.locked", "[{\"role\":\"AUDITOR\"}]");
        Http.User locked = new Http.User("it.users.locked", PASSWORD);
        String attacker = "203.0.113.21"; // the tests' server trusts X-Forwarded-For (PFE_TRUSTED_PROXY)
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertProblem(fromClient(new Http.User("it.users.locked", "wrong-" + attempt), attacker), 401, "auth.failed");
        }
        assertProblem(fromClient(new Http.User("it.users.locked", "wrong-5"), attacker), 429, "auth.throttled");
        // the 5th failure made that client wait 1 s: made longer here, so that the test does not race it
        TestDatabase.shared().execute("update sign_in_failure set blocked_until = now() + interval '10 minutes' "
                + "where username = 'it.users.locked'");
        assertProblem(fromClient(locked, attacker), 429, "auth.throttled");
        Http.Answer unlocked = Http.current().post(users() + "/" + id + "/unlock", null, "en");
        assertEquals(200, unlocked.status(), unlocked.body());
        assertFalse(unlocked.json().getBoolean("locked"));
        assertEquals(200, fromClient(locked, attacker).status());
        assertTrue(audited("it.users.locked").contains("admin ACCOUNT_UNLOCKED "));
    }

    private static Http.Answer fromClient(Http.User user, String client) {
        return user.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/v1/centres"))
                .header("Accept-Language", "en").header("X-Forwarded-For", client).GET());
    }

    @Test
    void anAdministratorCreatesAndDeactivatesAnAccountOnTheUsersPage() throws java.io.IOException {
        try (Chromium chromium = Chromium.open(base, 1400)) {
            try {
                chromium.signIn("admin");
                chromium.followMenu("Administration", "Users");
                chromium.wait.until(ExpectedConditions.urlContains("users.xhtml"));
                chromium.ajaxDone();
                chromium.type("newUserForm:username", "it.users.page");
                chromium.type("newUserForm:displayName", "Page Made");
                chromium.type("newUserForm:password", "short");
                chromium.browser.findElement(By.xpath(
                        "//*[@id='newUserForm:roles']//label[text()='Board member · Technicity.brussels']")).click();
                chromium.byId("newUserForm:create").click();
                chromium.ajaxDone();
                chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("newUserForm"),
                        "The new password must have at least 12 characters."));
                assertEquals(0L, (long) TestDatabase.shared().inTransaction(em -> ((Number) em.createNativeQuery(
                        "select count(*) from user_account where username = 'it.users.page'").getSingleResult()).longValue()));

                chromium.type("newUserForm:password", PASSWORD);
                chromium.byId("newUserForm:create").click();
                chromium.ajaxDone();
                chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("userForm"),
                        "Page Made (it.users.page) · Active"));
                assertTrue(chromium.byId("listForm:users").getText().contains("Board member · Technicity.brussels"));
                assertEquals(200, centres(new Http.User("it.users.page", PASSWORD)).status());

                chromium.byId("userForm:deactivate").click();
                chromium.ajaxDone();
                chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("userForm"),
                        "Page Made (it.users.page) · Deactivated"));
                assertProblem(centres(new Http.User("it.users.page", PASSWORD)), 401, "auth.locked");
                assertEquals(List.of("admin USER_CREATED roles [BOARD_MEMBER@TECHNICITY]", "admin USER_DEACTIVATED "),
                        audited("it.users.page"));
            } catch (AssertionError | RuntimeException failure) {
                chromium.screenshot("users-page");
                throw failure;
            }
        }
    }

    @Test
    void theUsersPageIsNotInTheMenuOfOthersAndRefusedToThem() {
        try (Chromium chromium = Chromium.open(base)) {
            chromium.signIn("auditor");
            assertTrue(chromium.byId("top:menu").findElements(By.xpath(".//a[.//span[text()='Users']]")).isEmpty());
            chromium.browser.get(base + "users.xhtml");
            chromium.refused();
        }
    }

    @Test
    void anAdministratorCannotDeactivateThemselvesNorLeaveNoAdministrator() {
        long admin = TestDatabase.shared().inTransaction(em -> ((Number) em.createNativeQuery(
                "select id from user_account where username = 'admin'").getSingleResult()).longValue());
        Http.Answer self = Http.current().post(users() + "/" + admin + "/deactivation", null, "nl");
        assertProblem(self, 422, "user.deactivate.self");
        assertEquals("U kunt uw eigen account niet deactiveren.", self.json().getString("detail"));

        long second = created("it.users.admin", "[{\"role\":\"ADMINISTRATOR\"}]");
        List<Long> others = TestDatabase.shared().inTransaction(em -> em.createNativeQuery("""
                        select u.id from user_account u join user_role r on r.user_id = u.id
                        where r.role = 'ADMINISTRATOR' and u.active and u.username not in ('admin', 'it.users.admin')""")
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList());
        others.forEach(id -> TestDatabase.shared().execute("update user_account set active = false where id = " + id));
        try {
            Http.User secondAdmin = new Http.User("it.users.admin", PASSWORD);
            assertEquals(200, secondAdmin.current().put(users() + "/" + admin + "/roles", "[{\"role\":\"AUDITOR\"}]", "en").status());
            Http.Answer last = secondAdmin.current().put(users() + "/" + second + "/roles", "[{\"role\":\"AUDITOR\"}]", "fr");
            assertProblem(last, 422, "user.administrator.last");
            assertEquals("it.users.admin est le dernier administrateur actif : donnez d’abord ce rôle à un autre compte.",
                    last.json().getString("detail"));
            assertProblem(secondAdmin.current().post(users() + "/" + second + "/deactivation", null, "en"), 422,
                    "user.deactivate.self");
        } finally {
            TestDatabase.shared().execute("update user_role set role = 'ADMINISTRATOR' where user_id = " + admin);
            others.forEach(id -> TestDatabase.shared().execute("update user_account set active = true where id = " + id));
        }
        assertEquals(200, Http.get(users(), "en").status());
    }
}
