package be.pfe.operations.web.it;

import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in through OpenID Connect (enabled in the tests towards {@link FakeOpenIdProvider}): the authorization code
 * flow end to end, the user acting with their roles here; every token that is not right, a forged or replayed
 * callback, and a user without an active account here are refused, and the pages stay closed.
 */
class OpenIdConnectIT {

    private static String base;
    private static FakeOpenIdProvider provider;

    @BeforeAll
    static void start() {
        base = RunningApplication.baseUrl();
        provider = RunningApplication.openIdProvider();
        TestDatabase.shared().execute("delete from user_account where username = 'it.oidc.inactive'");
        TestDatabase.shared().execute("insert into user_account (username, display_name, password_hash, active) values "
                + "('it.oidc.inactive', 'Inactive', 'none', false)");
    }

    @AfterAll
    static void nextSignInsAsUsual() {
        provider.nextSignIn("admin", FakeOpenIdProvider.Flaw.NONE);
        TestDatabase.shared().execute("delete from user_account where username = 'it.oidc.inactive'");
    }

    /** A browser: keeps its cookies, follows no redirect by itself. */
    private static final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(URI uri) {
            try {
                return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> get(String url) {
            return get(URI.create(url));
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }
    }

    private static URI location(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.body());
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    /** Leaves for the provider, comes back with its code: where the application then sends the browser. */
    private static URI signIn(Browser browser, String username, FakeOpenIdProvider.Flaw flaw) {
        provider.nextSignIn(username, flaw);
        URI toProvider = location(browser.get(base + "oidc/login"));
        URI callback = location(browser.get(toProvider));
        assertTrue(callback.toString().startsWith(base + "oidc/callback?code="), callback.toString());
        return location(browser.get(callback));
    }

    private static List<String> audited(String username) {
        return TestDatabase.shared().inTransaction(em -> em.createNativeQuery(
                        "select action || ' ' || coalesce(detail, '') from audit_event where subject = ? order by id")
                .setParameter(1, username).getResultList().stream().map(String::valueOf).toList());
    }

    @Test
    void theLoginPageOffersIt() {
        String page = new Browser().get(base + "login.xhtml").body();
        assertTrue(page.contains("/oidc/login"), "a link to sign in through the provider");
        assertTrue(new Browser().get(base + "login.xhtml?openId=failed").body()
                .contains("did not succeed"), "and says when it failed");
    }

    @Test
    void signsInThroughTheProviderInANewSessionWithTheRolesOfTheAccountHere() {
        Browser browser = new Browser();
        URI toProvider = location(browser.get(base + "oidc/login"));
        String before = browser.sessionId();
        assertTrue(toProvider.toString().startsWith(provider.issuer() + "/authorize?response_type=code&scope=openid"),
                toProvider.toString());
        assertTrue(toProvider.getQuery().contains("redirect_uri=" + base + "oidc/callback"), toProvider.getQuery());
        assertTrue(toProvider.getQuery().contains("&nonce="));

        provider.nextSignIn("board.technicity", FakeOpenIdProvider.Flaw.NONE);
        URI callback = location(browser.get(toProvider));
        assertEquals(URI.create(base + "index.xhtml"), location(browser.get(callback)));
        assertNotEquals(before, browser.sessionId(), "a new session id once signed in");
        HttpResponse<String> dashboard = browser.get(base + "index.xhtml");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("Bo Board (Technicity)"), "signed in as the board member");
        assertEquals(200, browser.get(base + "api/v1/sessions?centre=TECHNICITY").statusCode());
        assertEquals(403, browser.get(base + "api/v1/sessions?centre=DIGITALCITY").statusCode(),
                "the roles are those of the account here");
        assertTrue(audited("board.technicity").contains("SIGN_IN_SUCCEEDED OpenID Connect"));

        assertEquals(URI.create(base + "login.xhtml?openId=failed"), location(browser.get(callback)),
                "a callback serves once");
    }

    @ParameterizedTest(name = "a token {0} is refused")
    @EnumSource(value = FakeOpenIdProvider.Flaw.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void refusesATokenThatIsNotRight(FakeOpenIdProvider.Flaw flaw) {
        Browser browser = new Browser();
        assertEquals(URI.create(base + "login.xhtml?openId=failed"), signIn(browser, "admin", flaw));
        assertEquals(302, browser.get(base + "index.xhtml").statusCode(), "still not signed in");
    }

    @Test
    void refusesACallbackThisBrowserDidNotAskFor() {
        Browser attacker = new Browser();
        provider.nextSignIn("admin", FakeOpenIdProvider.Flaw.NONE);
        URI callback = location(attacker.get(location(attacker.get(base + "oidc/login"))));
        Browser victim = new Browser();
        assertEquals(URI.create(base + "login.xhtml?openId=failed"), location(victim.get(callback)),
                "another browser's code and state are refused (no login CSRF)");
        assertEquals(302, victim.get(base + "index.xhtml").statusCode());
        assertEquals(URI.create(base + "login.xhtml?openId=failed"),
                location(new Browser().get(base + "oidc/callback?code=guess&state=guess")));
    }

    @Test
    void someoneWithoutAnActiveAccountHereIsNotSignedIn() {
        Browser browser = new Browser();
        assertEquals(URI.create(base + "login.xhtml?openId=failed"), signIn(browser, "nobody.here", FakeOpenIdProvider.Flaw.NONE));
        assertEquals(302, browser.get(base + "index.xhtml").statusCode());
        assertEquals(URI.create(base + "login.xhtml?openId=failed"),
                signIn(new Browser(), "it.oidc.inactive", FakeOpenIdProvider.Flaw.NONE));
        assertEquals(List.of("SIGN_IN_REFUSED OpenID Connect: inactive account"), audited("it.oidc.inactive"));
        assertEquals("0", TestDatabase.shared().inTransaction(em -> em.createNativeQuery(
                "select count(*) from audit_event where detail like '%nobody.here%' or subject = 'nobody.here'")
                .getSingleResult()).toString(), "what the provider said of someone unknown here is not recorded");
    }
}
