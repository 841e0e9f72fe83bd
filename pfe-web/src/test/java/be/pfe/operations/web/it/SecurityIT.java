package be.pfe.operations.web.it;

import be.pfe.operations.domain.account.PasswordHasher;
import be.pfe.operations.testing.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may do what, over HTTP against the running application: the permission matrix per demonstration account,
 * refusals that change nothing, a guessed id of another centre, sign-in and lockout, CSRF, security headers, and
 * errors that tell nothing of the server. Its sessions are in 2042, and removed at the end.
 */
class SecurityIT {

    private static final Pattern VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState[^>]*?value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"pfe-csrf-token\" content=\"([^\"]*)\"");

    private static String base;
    private static long technicitySession;
    private static long digitalcitySession;

    @BeforeAll
    static void twoSessionsInTwoCentres() {
        base = RunningApplication.baseUrl();
        technicitySession = plan(Http.as("admin"), "TECHNICITY", "TEC-ELEC-01", "T-C11", "2042-01-05", "2042-02-27").json()
                .getJsonNumber("id").longValue();
        digitalcitySession = plan(Http.as("admin"), "DIGITALCITY", "DIG-OFF-01", "D-201", "2042-01-05", "2042-02-27").json()
                .getJsonNumber("id").longValue();
    }

    /** Leaves the shared database as the other tests expect it (the journeys look for the latest sessions). */
    @org.junit.jupiter.api.AfterAll
    static void removeTheSessionsOf2042() {
        TestDatabase.shared().execute("delete from course_session where start_date >= date '2042-01-01' "
                + "and start_date < date '2043-01-01'");
    }

    private static Http.Answer plan(Http.User user, String centre, String course, String room, String start, String end) {
        return user.post(base + "api/v1/sessions", """
                {"centre":"%s","course":"%s","room":"%s","startDate":"%s","endDate":"%s","seatCapacity":8,
                 "teachingLanguage":"FR"}""".formatted(centre, course, room, start, end), "en");
    }

    private static long sessions() {
        return TestDatabase.shared().count("course_session");
    }

    @ParameterizedTest(name = "{0} reads a Technicity session: {1}, a Digitalcity one: {2}")
    @CsvSource({
            "admin,             200, 200",
            "staff.technicity,  200, 403",
            "staff.digitalcity, 403, 200",
            "manager.actiris,   403, 403",
            "board.technicity,  200, 403",
            "auditor,           200, 200"})
    void readsTheSessionsOfTheCentresItMayRead(String user, int technicity, int digitalcity) {
        assertEquals(technicity, Http.as(user).get(base + "api/v1/sessions/" + technicitySession, "en").status());
        Http.Answer other = Http.as(user).get(base + "api/v1/sessions/" + digitalcitySession, "en");
        assertEquals(digitalcity, other.status(), other.body());
        if (digitalcity == 403) {
            Http.assertProblem(other, 403, "access.denied.record");
            assertFalse(other.body().contains("DIG-OFF-01"), "nothing of the session is told");
            assertFalse(other.body().contains("DIGITALCITY"), "not even its centre");
            assertEquals(technicity, Http.as(user).get(base + "api/v1/sessions/" + technicitySession + "/meetings", "en")
                    .status());
            assertEquals(403, Http.as(user).get(base + "api/v1/calendars/sessions/" + digitalcitySession + ".ics", "en")
                    .status(), "nor through its calendar feed");
        }
    }

    @ParameterizedTest(name = "{0} plans a Technicity session: {1}")
    @CsvSource({
            "staff.technicity,  201",
            "staff.digitalcity, 403",
            "manager.actiris,   403",
            "board.technicity,  403",
            "auditor,           403"})
    void plansOnlyInTheCentresItPlansAndARefusalWritesNothing(String user, int status) {
        long before = sessions();
        Http.Answer answer = plan(Http.as(user), "TECHNICITY", "TEC-ELEC-01", "T-A02",
                "2042-03-0" + (status == 201 ? "2" : "9"), "2042-03-20");
        assertEquals(status, answer.status(), answer.body());
        if (status == 403) {
            Http.assertProblem(answer, 403, answer.json().getString("code"));
            assertEquals(before, sessions());
        } else {
            assertEquals(before + 1, sessions());
        }
    }

    @ParameterizedTest(name = "{0} gives a Technicity session its weekly times: {1}")
    @CsvSource({"staff.digitalcity, 403", "board.technicity, 403", "auditor, 403", "manager.actiris, 403",
            "staff.technicity, 200"})
    void changesTheTimetableOnlyInItsCentre(String user, int status) {
        long meetingsBefore = TestDatabase.shared().count("meeting");
        Http.Answer answer = Http.as(user).current().put(base + "api/v1/sessions/" + technicitySession + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"TUESDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}]}", "nl");
        assertEquals(status, answer.status(), answer.body());
        if (status == 403) {
            assertEquals(meetingsBefore, TestDatabase.shared().count("meeting"));
            assertEquals("nl", answer.contentLanguage());
        }
    }

    @Test
    void staffListSessionsOfTheirCentreAndReadFiguresOfTheirCentreManagersReadFiguresOfAll() {
        JsonArray listed = Http.as("staff.technicity").get(base + "api/v1/sessions?size=200", "en").json()
                .getJsonArray("items");
        assertFalse(listed.isEmpty());
        assertTrue(listed.stream().allMatch(s -> s.asJsonObject().getString("centre").equals("TECHNICITY")), listed.toString());
        assertEquals(403, Http.as("staff.technicity").get(base + "api/v1/sessions?centre=DIGITALCITY", "en").status());
        assertEquals(403, Http.as("manager.actiris").get(base + "api/v1/sessions", "en").status());

        JsonObject managers = Http.as("manager.actiris").get(base + "api/v1/reports/seats-offered", "en").json();
        assertEquals(4, managers.getJsonArray("centres").size());
        JsonArray board = Http.as("board.technicity").get(base + "api/v1/reports/seats-offered", "en").json()
                .getJsonArray("centres");
        assertEquals(1, board.size());
        assertEquals("TECHNICITY", board.getJsonObject(0).getString("centreCode"));
        for (String user : new String[] {"staff.technicity", "manager.actiris", "board.technicity", "auditor"}) {
            assertEquals(200, Http.as(user).get(base + "api/v1/centres", "en").status(), user);
        }
        assertEquals(200, Http.as("staff.technicity").get(base + "api/v1/calendars/rooms/TECHNICITY/T-C11.ics", "en").status());
        assertEquals(403, Http.as("staff.technicity").get(base + "api/v1/calendars/rooms/DIGITALCITY/D-201.ics", "en").status());
        assertEquals(403, Http.as("manager.actiris").get(base + "api/v1/timetabling/jobs", "en").status());
        int jobs = Http.get(base + "api/v1/timetabling/jobs", "en").structure().asJsonArray().size();
        Http.assertProblem(Http.as("board.technicity").post(base + "api/v1/timetabling/jobs",
                "{\"centre\":\"TECHNICITY\",\"termStart\":\"2042-09-01\",\"termEnd\":\"2042-12-19\"}", "en"), 403,
                "access.denied");
        assertEquals(jobs, Http.get(base + "api/v1/timetabling/jobs", "en").structure().asJsonArray().size());
    }

    @Test
    void withoutCredentialsTheApiAnswers401WithoutAskingTheBrowserForThem() {
        Http.Answer anonymous = Http.anonymous().get(base + "api/v1/sessions", "fr");
        Http.assertProblem(anonymous, 401, "auth.required");
        assertNull(anonymous.header("WWW-Authenticate"), "no challenge: browsers never remember API credentials");
        Http.assertProblem(new Http.User("admin", "not-the-password").get(base + "api/v1/centres", "en"), 401,
                "auth.failed");
        Http.assertProblem(Http.anonymous().post(base + "api/v1/sessions", "{}", "en"), 401, "auth.required");
        // a page without a session leads to the login page
        Http.Answer page = Http.anonymous().get(base + "sessions.xhtml", "en");
        assertEquals(302, page.status());
        assertTrue(page.location().endsWith("/login.xhtml"), page.location());
        assertEquals(200, Http.anonymous().get(base + "health/ready", "en").status());
    }

    @Test
    void aPageAskedForWithASessionThatRanOutLeadsToTheLoginPageSayingSo() {
        Http.Answer page = Http.anonymous().send(HttpRequest.newBuilder(URI.create(base + "sessions.xhtml"))
                .header("Cookie", "JSESSIONID=0123456789abcdef").GET());
        assertEquals(302, page.status());
        assertTrue(page.location().endsWith("/login.xhtml?expired=true"), page.location());
        Http.Answer ajax = Http.anonymous().send(HttpRequest.newBuilder(URI.create(base + "sessions.xhtml"))
                .header("Cookie", "JSESSIONID=0123456789abcdef").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertTrue(ajax.body().contains("<redirect url=\"/login.xhtml?expired=true\"/>"), ajax.body());
        String login = Http.anonymous().get(base + "login.xhtml?expired=true", "nl").body();
        assertTrue(login.contains("Uw sessie is verlopen na een periode zonder activiteit"), "told in the browser's language");
    }

    @Test
    void fiveFailuresFromOneClientMakeThatClientWaitLongerAndLongerWhileTheOwnerElsewhereSignsIn()
            throws InterruptedException {
        String user = "it.lockout";
        TestDatabase.shared().execute("delete from user_account where username = '" + user + "'");
        TestDatabase.shared().execute("delete from sign_in_failure where username = '" + user + "'");
        TestDatabase.shared().execute("insert into user_account (username, display_name, password_hash) values ('"
                + user + "', 'Lockout test', '" + new PasswordHasher().hash("the-right-password".toCharArray()) + "')");
        TestDatabase.shared().execute("insert into user_role (user_id, role) select id, 'AUDITOR' from user_account "
                + "where username = '" + user + "'");
        String attacker = "203.0.113.7"; // the tests' server trusts X-Forwarded-For (PFE_TRUSTED_PROXY)
        String owner = "198.51.100.9";
        for (int attempt = 1; attempt <= 4; attempt++) {
            Http.assertProblem(fromClient(new Http.User(user, "wrong-" + attempt), attacker), 401, "auth.failed");
        }
        Http.Answer fifth = fromClient(new Http.User(user, "wrong-5"), attacker);
        Http.assertProblem(fifth, 429, "auth.throttled");
        assertEquals("1", fifth.header("Retry-After"));
        assertTrue(fifth.json().getString("detail").contains("try again in 1 seconds"), fifth.body());
        Thread.sleep(1_100);
        Http.Answer sixth = fromClient(new Http.User(user, "wrong-6"), attacker);
        Http.assertProblem(sixth, 429, "auth.throttled");
        assertEquals("2", sixth.header("Retry-After"), "the wait doubles");
        Thread.sleep(2_100);
        Http.Answer seventh = fromClient(new Http.User(user, "wrong-7"), attacker);
        assertEquals("4", seventh.header("Retry-After"));
        Http.assertProblem(fromClient(new Http.User(user, "the-right-password"), attacker), 429, "auth.throttled");
        assertEquals(200, fromClient(new Http.User(user, "the-right-password"), owner).status(),
                "the owner on another client still signs in");
        assertEquals(3L, count("select count(*) from audit_event where action = 'ACCOUNT_LOCKED' and subject = ?", user));
        assertEquals(0L, count("select count(*) from audit_event where detail like ? or subject like ?", "%wrong-%"),
                "no typed password in the audit trail");
        assertEquals(0L, count("select count(*) from user_account where locked_until is not null and username = ?", user));

        // the login page says the same in the user's language, during the next wait (8 s, room for a slow machine)
        Thread.sleep(4_100);
        assertEquals("8", fromClient(new Http.User(user, "wrong-8"), attacker).header("Retry-After"));
        Browser browser = new Browser();
        Http.Answer login = browser.get("login.xhtml");
        Http.Answer refused = browser.send(browser.request("login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", attacker)
                .header("Accept-Language", "nl")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form(login.body(), Map.of("loginForm:username", user,
                        "loginForm:password", "the-right-password", "loginForm:signIn", ""))))));
        assertEquals(200, refused.status());
        assertTrue(refused.body().contains("Too many failed attempts from your address: wait"), refused.body());
    }

    private static Http.Answer fromClient(Http.User user, String client) {
        return user.send(HttpRequest.newBuilder(URI.create(base + "api/v1/centres")).header("Accept-Language", "en")
                .header("X-Forwarded-For", client).GET());
    }

    @Test
    void aLoginPagePostWithoutNonceOrViewStateGetsTheExpiredFormPageAndOneLineInTheLog() throws IOException {
        Path log = Path.of(System.getProperty("pfe.test.work", "target/it"), "payara.log");
        long logBefore = Files.size(log);
        Browser browser = new Browser();
        Http.Answer login = browser.get("login.xhtml");
        Map<String, String> withoutNonce = new LinkedHashMap<>(Map.of("loginForm:username", "admin",
                "loginForm:password", Http.DEMO_PASSWORD, "loginForm:signIn", ""));
        withoutNonce.put("primefaces.nonce", null);
        Http.Answer noNonce = browser.post("login.xhtml", form(login.body(), withoutNonce));
        Http.Answer noViewState = new Browser().send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("loginForm=loginForm&loginForm%3Ausername=admin"
                        + "&loginForm%3Apassword=x&jakarta.faces.ViewState=stateless")));
        Http.Answer wrongNonce = browser.post("login.xhtml", form(browser.get("login.xhtml").body(), Map.of(
                "loginForm:username", "admin", "loginForm:password", "x", "loginForm:signIn", "",
                "primefaces.nonce", "bm90LXRoZS1wYWdlcy1ub25jZQ==")));
        for (Http.Answer answer : List.of(noNonce, noViewState)) {
            assertEquals(400, answer.status(), answer.body());
            assertTrue(answer.body().contains("This form was no longer valid"), answer.body());
            Http.assertNoServerDetail(answer.body());
            List<String> policies = answer.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), policies.toString());
            Matcher nonce = NONCE.matcher(answer.body());
            assertTrue(nonce.find(), "the page has a nonce of its own, so that it renders");
            assertTrue(policies.get(0).contains("'nonce-" + nonce.group(1) + "'"), policies.get(0));
        }
        assertNotEquals(500, wrongNonce.status(), wrongNonce.body());
        Http.assertNoServerDetail(wrongNonce.body());
        assertEquals(0L, count("select count(*) from audit_event where action = 'SIGN_IN_SUCCEEDED' and actor = ? "
                + "and occurred_at > now() - interval '5 seconds'", "admin") , "no one signed in");
        String written;
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            file.seek(logBefore);
            byte[] bytes = new byte[(int) (file.length() - logBefore)];
            file.readFully(bytes);
            written = new String(bytes, StandardCharsets.UTF_8);
        }
        assertFalse(written.contains("\tat ") || written.contains("Exception"), "no stack trace in the log: " + written);
        assertTrue(written.length() < 3_000, "a short line per refusal: " + written);
    }

    @Test
    void pagesAndErrorPagesCarryExactlyOnePolicyWithDefaultSrc() {
        for (String path : new String[] {"login.xhtml", "no-such-page.xhtml", "no-such-thing", "api/v1/no-such"}) {
            Http.Answer answer = Http.anonymous().get(base + path, "en");
            List<String> policies = answer.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + ": " + policies);
            assertTrue(policies.get(0).startsWith("default-src "), path + ": " + policies);
        }
        String page = Http.anonymous().get(base + "login.xhtml", "en").header("Content-Security-Policy");
        assertTrue(page.contains("default-src 'self'") && page.matches(".*script-src 'self' 'nonce-[^']+'.*"), page);
        assertEquals(404, Http.anonymous().get(base + "no-such-thing", "en").status());
    }

    @Test
    void problemsNameThePathAsRequested() {
        Http.Answer unknown = Http.get(base + "api/v1/sessions/987654321", "en");
        assertEquals(404, unknown.status());
        assertEquals("/api/v1/sessions/987654321", unknown.json().getString("instance"));
        Http.Answer refused = Http.as("staff.technicity").get(base + "api/v1/sessions/" + digitalcitySession, "en");
        assertEquals("/api/v1/sessions/" + digitalcitySession, refused.json().getString("instance"));
    }

    @Test
    void metricsAreForAdministratorsAndAuditorsOnly() {
        Http.assertProblem(Http.anonymous().get(base + "metrics", "en"), 401, "auth.required");
        Http.assertProblem(Http.as("staff.technicity").get(base + "metrics", "en"), 403, "auth.metrics");
        Http.assertProblem(Http.as("board.technicity").get(base + "metrics", "fr"), 403, "auth.metrics");
        for (String user : new String[] {"admin", "auditor"}) {
            Http.Answer metrics = Http.as(user).get(base + "metrics", "en");
            assertEquals(200, metrics.status(), user + ": " + metrics.body());
            assertTrue(metrics.body().contains("# TYPE"), metrics.body());
        }
    }

    @Test
    void refusalsAreAuditedAggregatedPerUserClientAndPath() {
        String client = "192.0.2.77";
        TestDatabase.shared().execute("delete from audit_event where action = 'REQUEST_REFUSED' and detail like '% "
                + client + "'");
        for (int i = 0; i < 50; i++) {
            Http.Answer refused = Http.as("staff.technicity").send(HttpRequest.newBuilder(URI.create(base
                    + "api/v1/sessions/" + digitalcitySession + "?probe=" + i)).header("X-Forwarded-For", client).GET());
            assertEquals(403, refused.status());
        }
        Http.anonymous().send(HttpRequest.newBuilder(URI.create(base + "api/v1/sessions")).header("X-Forwarded-For", client).GET());
        assertEquals(50L, count("select sum(occurrences) from audit_event where action = 'REQUEST_REFUSED' and actor = "
                + "'staff.technicity' and subject = '/api/v1/sessions/{id}' and detail = '403 from ' || ?", client));
        assertTrue(count("select count(*) from audit_event where action = 'REQUEST_REFUSED' and actor = "
                + "'staff.technicity' and detail = '403 from ' || ?", client) <= 2, "one row per 10 minutes (two if it crossed one)");
        assertEquals(0L, count("select count(*) from audit_event where action = 'REQUEST_REFUSED' and subject like "
                + "'%probe%' and detail like '%' || ?", client), "no query string");
        assertEquals(1L, count("select count(*) from audit_event where action = 'REQUEST_REFUSED' and actor = "
                + "'anonymous' and subject = '/api/*' and detail = '401 from ' || ?", client));
    }

    @Test
    void companyContactsAreMaskedForThoseWhoReadNoPersonalData() {
        Http.Answer registered = Http.as("staff.technicity").post(base + "api/v1/companies",
                "{\"enterpriseNumber\":\"0403.170.701\",\"name\":\"IT Contacts\",\"sector\":\"CONSTRUCTION\"}", "en");
        long id = registered.status() == 201 ? registered.json().getJsonNumber("id").longValue()
                : Http.get(base + "api/v1/companies?number=0403.170.701", "en").structure().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        Http.as("staff.technicity").current().post(base + "api/v1/companies/" + id + "/contacts",
                "{\"name\":\"Nora Testcontact\",\"jobRole\":\"HR officer\",\"email\":\"nora@example.be\",\"phone\":\"+32 2 555 01 99\"}", "en");
        for (String user : new String[] {"admin", "staff.technicity"}) {
            String body = Http.as(user).get(base + "api/v1/companies/" + id, "en").body();
            assertTrue(body.contains("Nora Testcontact") && body.contains("nora@example.be"), user + ": " + body);
        }
        for (String user : new String[] {"auditor", "board.technicity"}) {
            Http.Answer company = Http.as(user).get(base + "api/v1/companies/" + id, "en");
            assertEquals(200, company.status(), company.body());
            assertFalse(company.body().contains("Nora") || company.body().contains("nora@") || company.body().contains("555 01 99"),
                    user + ": " + company.body());
            assertTrue(company.body().contains("HR officer") && company.body().contains("\"masked\":true"), company.body());
        }
    }

    @Test
    void signsInOnTheLoginPageWithANewSessionIdAndApiChangesFromThePagesNeedTheToken() {
        Browser browser = new Browser();
        Http.Answer login = browser.get("login.xhtml");
        assertEquals(200, login.status());
        long signInsBefore = count("select count(*) from audit_event where action = 'SIGN_IN_SUCCEEDED' and actor = ?",
                "staff.technicity");
        String before = browser.sessionId();
        assertNotNull(before, "the login page's form has a session");

        Http.Answer signedIn = browser.post("login.xhtml", form(login.body(), Map.of("loginForm:username", "staff.technicity",
                "loginForm:password", Http.DEMO_PASSWORD, "loginForm:signIn", "")));
        assertEquals(302, signedIn.status(), signedIn.body());
        assertTrue(signedIn.location().endsWith("/index.xhtml"), signedIn.location());
        assertNotEquals(before, browser.sessionId(), "the session id changes on sign-in");
        assertEquals(signInsBefore + 1, count("select count(*) from audit_event where action = 'SIGN_IN_SUCCEEDED' "
                + "and actor = ?", "staff.technicity"), "the sign-in is in the audit trail");

        Http.Answer dashboard = browser.get("index.xhtml");
        assertEquals(200, dashboard.status());
        Matcher token = CSRF_TOKEN.matcher(dashboard.body());
        assertTrue(token.find(), "the pages carry the API token");

        assertEquals(200, browser.get("api/v1/sessions/" + technicitySession).status(), "reads with the session");
        long before2 = sessions();
        String body = """
                {"centre":"TECHNICITY","course":"TEC-ELEC-01","room":"T-A01","startDate":"2042-05-04",
                 "endDate":"2042-05-29","seatCapacity":6}""";
        Http.assertProblem(browser.send(browser.request("api/v1/sessions").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))), 403, "auth.csrf");
        Http.assertProblem(browser.send(browser.request("api/v1/sessions").header("Content-Type", "application/json")
                .header("X-CSRF-Token", "guessed").POST(HttpRequest.BodyPublishers.ofString(body))), 403, "auth.csrf");
        assertEquals(before2, sessions(), "a forged change writes nothing");
        assertEquals(201, browser.send(browser.request("api/v1/sessions").header("Content-Type", "application/json")
                .header("X-CSRF-Token", token.group(1)).POST(HttpRequest.BodyPublishers.ofString(body))).status());
        assertEquals(before2 + 1, sessions());
    }

    @Test
    void changesTheOwnPasswordOnTheAccountPageOnlyWithTheCurrentOne() {
        String user = "it.password";
        TestDatabase.shared().execute("delete from user_account where username = '" + user + "'");
        TestDatabase.shared().execute("insert into user_account (username, display_name, password_hash) values ('"
                + user + "', 'Password test', '" + new PasswordHasher().hash(Http.DEMO_PASSWORD.toCharArray()) + "')");
        TestDatabase.shared().execute("insert into user_role (user_id, role, centre_code) select id, 'BOARD_MEMBER', "
                + "'LOGISTICITY' from user_account where username = '" + user + "'");
        Browser browser = Browser.signedIn(user);
        Http.Answer page = browser.get("account.xhtml");
        assertTrue(page.body().contains("Board member · LOGISTICITY"), "the roles and where");

        Http.Answer wrong = browser.post("account.xhtml", form(page.body(), Map.of(
                "passwordForm:currentPassword", "not-my-password", "passwordForm:newPassword", "a-brand-new-password",
                "passwordForm:confirmPassword", "a-brand-new-password", "passwordForm:save", "")));
        assertEquals(200, wrong.status());
        assertTrue(wrong.body().contains("The current password is not right."), wrong.body());
        assertEquals(200, new Http.User(user, Http.DEMO_PASSWORD).get(base + "api/v1/centres", "en").status());

        Http.Answer changed = browser.post("account.xhtml", form(browser.get("account.xhtml").body(), Map.of(
                "passwordForm:currentPassword", Http.DEMO_PASSWORD, "passwordForm:newPassword", "a-brand-new-password",
                "passwordForm:confirmPassword", "a-brand-new-password", "passwordForm:save", "")));
        assertTrue(changed.body().contains("Your password has been changed."), changed.body());
        assertEquals(401, new Http.User(user, Http.DEMO_PASSWORD).get(base + "api/v1/centres", "en").status());
        assertEquals(200, new Http.User(user, "a-brand-new-password").get(base + "api/v1/centres", "en").status());
        assertEquals(1L, count("select count(*) from audit_event where action = 'PASSWORD_CHANGED' and subject = ?", user));
    }

    @Test
    void aFormPostedFromAnotherSiteOrWithoutItsViewStateIsRefusedAndWritesNothing() {
        Browser browser = Browser.signedIn("staff.technicity");
        Http.Answer page = browser.get("session-new.xhtml");
        assertEquals(200, page.status());
        long before = sessions();
        Map<String, String> fields = Map.of("sessionForm:centre_input", "TECHNICITY", "sessionForm:course_input",
                "TEC-ELEC-01", "sessionForm:room_input", "T-A01", "sessionForm:startDate_input", "01/06/2042",
                "sessionForm:endDate_input", "30/06/2042", "sessionForm:seatCapacity_input", "6",
                "sessionForm:seatCapacity_hinput", "6", "sessionForm:teachingLanguage_input", "FR",
                "sessionForm:save", "");

        Http.Answer crossSite = browser.send(browser.request("session-new.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form(page.body(), fields)))));
        assertEquals(403, crossSite.status());
        Http.assertNoServerDetail(crossSite.body());

        Map<String, String> forged = new LinkedHashMap<>(form(page.body(), fields));
        forged.put("jakarta.faces.ViewState", "-1234567890:987654321");
        Http.Answer withoutViewState = browser.post("session-new.xhtml", forged);
        assertFalse(withoutViewState.body().contains("TEC-ELEC-01 starting on"), "not saved");
        Http.assertNoServerDetail(withoutViewState.body());

        Map<String, String> withoutNonce = new LinkedHashMap<>(fields);
        withoutNonce.put("primefaces.nonce", null);
        withoutNonce.put("sessionForm:seatCapacity_input", "-5");
        withoutNonce.put("sessionForm:seatCapacity_hinput", "-5");
        Http.Answer noNonce = browser.post("session-new.xhtml", form(browser.get("session-new.xhtml").body(), withoutNonce));
        Http.assertNoServerDetail(noNonce.body());
        assertEquals(before, sessions());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (Http.Answer answer : new Http.Answer[] {Http.get(base + "api/v1/centres", "en"),
                Http.anonymous().get(base + "login.xhtml", "en"), Http.anonymous().get(base + "api/v1/centres", "en")}) {
            assertEquals("nosniff", answer.header("X-Content-Type-Options"));
            assertEquals("same-origin", answer.header("Referrer-Policy"));
            assertEquals("DENY", answer.header("X-Frame-Options"));
            String policy = answer.headers().allValues("Content-Security-Policy").stream().collect(Collectors.joining(", "));
            assertTrue(policy.contains("frame-ancestors 'none'"), policy);
            assertNull(answer.header("Strict-Transport-Security"), "no HSTS over plain HTTP");
        }
        String pagePolicy = Http.anonymous().get(base + "login.xhtml", "en").header("Content-Security-Policy");
        assertTrue(pagePolicy.matches(".*script-src 'self' 'nonce-[^']+'.*"), pagePolicy);
        Http.Answer overTls = Http.anonymous().send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("X-Forwarded-Proto", "https").GET());
        assertTrue(overTls.header("Strict-Transport-Security").startsWith("max-age="));
        Browser browser = new Browser();
        browser.get("login.xhtml");
        HttpCookie session = browser.cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow();
        assertTrue(session.isHttpOnly());
        String setCookie = browser.lastSetCookie;
        assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=strict"), setCookie);
    }

    @Test
    void errorsTellNothingOfTheServer() {
        Http.Answer notFound = Http.get(base + "no-such-page.xhtml", "en");
        assertEquals(404, notFound.status());
        Http.assertNoServerDetail(notFound.body());
        Http.Answer malformed = Http.post(base + "api/v1/sessions", "{\"centre\": [", "en");
        Http.assertProblem(malformed, 400, "request.body.malformed");
        Http.Answer badBasic = Http.anonymous().send(HttpRequest.newBuilder(URI.create(base + "api/v1/centres"))
                .header("Authorization", "Basic %%%not-base64").GET());
        Http.assertProblem(badBasic, 401, "auth.failed");
    }

    // --- a small cookie-keeping browser ---

    private static Map<String, String> form(String page, Map<String, String> fields) {
        Matcher viewState = VIEW_STATE.matcher(page);
        assertTrue(viewState.find(), "the page has a view state");
        Map<String, String> form = new LinkedHashMap<>();
        String formId = fields.keySet().iterator().next().split(":")[0];
        form.put(formId, formId);
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find() && !fields.containsKey("primefaces.nonce")) {
            form.put("primefaces.nonce", nonce.group(1)); // as the page's scripts send it
        }
        form.values().remove(null);
        return form;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static long count(String sql, String parameter) {
        try (Connection connection = TestDatabase.shared().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setString(i, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Browser {

        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String lastSetCookie = "";

        static Browser signedIn(String user) {
            Browser browser = new Browser();
            Http.Answer login = browser.get("login.xhtml");
            assertEquals(302, browser.post("login.xhtml", form(login.body(), Map.of("loginForm:username", user,
                    "loginForm:password", Http.DEMO_PASSWORD, "loginForm:signIn", ""))).status());
            return browser;
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en");
        }

        Http.Answer get(String path) {
            return send(request(path).GET());
        }

        Http.Answer post(String path, Map<String, String> form) {
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", base.replaceFirst("/$", "").replaceFirst("(https?://[^/]+).*", "$1"))
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        }

        Http.Answer send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                response.headers().firstValue("Set-Cookie").ifPresent(value -> lastSetCookie = value);
                return new Http.Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().firstValue("Content-Language").orElse(""),
                        response.headers().firstValue("Location").orElse(null), response.body(), response.headers());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }
    }
}
