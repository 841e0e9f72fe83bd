package be.pfe.operations.web.security.oidc;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The authorization code flow with a confidential client (OpenID Connect Core 1.0, 3.1): {@value #LOGIN_PATH} sends
 * the browser to the provider with a random state and nonce kept in its session; the provider sends it back to
 * {@value #CALLBACK_PATH} with a code, exchanged here, server to server, for an ID token whose signature, issuer,
 * audience, expiry and nonce are checked. The result is only a username: the caller signs the user in.
 */
@ApplicationScoped
public class OpenIdSignIn {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    public static final String LOGIN_PATH = "/oidc/login";
    public static final String CALLBACK_PATH = "/oidc/callback";
    private static final String PENDING = "pfe.oidc.pending";
    private static final Logger LOG = Logger.getLogger(OpenIdSignIn.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OpenIdSettings settings;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private volatile IdTokenVerifier verifier;

    /** What this browser was given when it left for the provider. */
    private record Pending(String state, String nonce, String redirectUri) implements Serializable {
    }

    public boolean handles(String path) {
        return settings.isEnabled() && (LOGIN_PATH.equals(path) || CALLBACK_PATH.equals(path));
    }

    /** Sends the browser to the provider's authorization endpoint. */
    public void start(HttpServletRequest request, HttpServletResponse response) {
        Pending pending = new Pending(random(), random(), redirectUri(request));
        request.getSession(true).setAttribute(PENDING, pending);
        String query = "response_type=code&scope=openid%20profile&client_id=" + encode(settings.clientId())
                + "&redirect_uri=" + encode(pending.redirectUri()) + "&state=" + pending.state()
                + "&nonce=" + pending.nonce();
        redirect(response, settings.authorizationEndpoint() + (settings.authorizationEndpoint().getQuery() == null
                ? "?" : "&") + query);
    }

    /**
     * The username the provider vouches for when the browser comes back with a code for the state it was given;
     * empty when anything fails (the reason goes to the server's log, never the token nor the code).
     */
    public Optional<String> finish(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING); // a state serves once
        }
        String state = request.getParameter("state");
        String code = request.getParameter("code");
        if (pending == null || state == null || code == null || !MessageDigest.isEqual(
                pending.state().getBytes(StandardCharsets.US_ASCII), state.getBytes(StandardCharsets.US_ASCII))) {
            LOG.warning("OpenID Connect sign-in refused: no code, or not the state this browser was given");
            return Optional.empty();
        }
        try {
            JsonObject claims = verifier().verify(idToken(code, pending.redirectUri()), pending.nonce(), Instant.now(clock));
            String username = claims.getString(settings.usernameClaim(), "");
            return username.isBlank() ? Optional.empty() : Optional.of(username);
        } catch (IdTokenVerifier.InvalidTokenException refused) {
            LOG.warning("OpenID Connect sign-in refused: ID token " + refused.getMessage());
            return Optional.empty();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "OpenID Connect sign-in failed: the provider could not be used", failed);
            return Optional.empty();
        }
    }

    private String idToken(String code, String redirectUri) {
        String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(redirectUri);
        String credentials = encode(settings.clientId()) + ":" + encode(settings.clientSecret());
        HttpResponse<String> answer = send(HttpRequest.newBuilder(settings.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.statusCode() != 200) {
            throw new IdTokenVerifier.InvalidTokenException("not issued: the token endpoint answered "
                    + answer.statusCode());
        }
        return Json.createReader(new StringReader(answer.body())).readObject().getString("id_token", null);
    }

    private IdTokenVerifier verifier() {
        if (verifier == null) {
            verifier = new IdTokenVerifier(settings.issuer(), settings.clientId(),
                    () -> send(HttpRequest.newBuilder(settings.jwksUri()).GET()).body());
        }
        return verifier;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String redirectUri(HttpServletRequest request) {
        if (settings.redirectUri() != null) {
            return settings.redirectUri();
        }
        URI requested = URI.create(request.getRequestURL().toString());
        return requested.resolve(request.getContextPath() + CALLBACK_PATH).toString();
    }

    private static void redirect(HttpServletResponse response, String target) {
        try {
            response.sendRedirect(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
