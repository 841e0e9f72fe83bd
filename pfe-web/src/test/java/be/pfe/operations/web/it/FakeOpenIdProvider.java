package be.pfe.operations.web.it;

import be.pfe.operations.web.security.oidc.SignedTokens;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect provider for the tests (JDK HTTP server): the authorization endpoint signs in whoever the
 * test says without asking, the token endpoint checks the client's credentials and the code and issues an ID token
 * signed with its RSA key, published at the key-set endpoint. A test can make it issue a token that must be refused.
 */
final class FakeOpenIdProvider implements AutoCloseable {

    static final String CLIENT_ID = "pfe-operations";
    static final String CLIENT_SECRET = "it-client-secret-2045";

    /** What is wrong with the next token issued. */
    enum Flaw { NONE, SIGNED_BY_ANOTHER_KEY, FOR_ANOTHER_CLIENT, ANOTHER_NONCE, EXPIRED }

    private record Grant(String username, String nonce, String redirectUri, Flaw flaw) {
    }

    private final HttpServer server;
    private final SignedTokens keys = new SignedTokens("it-key");
    private final SignedTokens otherKeys = new SignedTokens("it-key");
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private volatile String nextUsername = "admin";
    private volatile Flaw nextFlaw = Flaw.NONE;

    private FakeOpenIdProvider(HttpServer server) {
        this.server = server;
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", exchange -> answer(exchange, 200, "application/json", keys.keySet()));
        server.start();
    }

    static FakeOpenIdProvider start() {
        try {
            return new FakeOpenIdProvider(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The application's settings that name this provider (environment variables). */
    Map<String, String> settings() {
        return Map.of("PFE_OIDC_ENABLED", "true", "PFE_OIDC_ISSUER", issuer(),
                "PFE_OIDC_AUTHORIZATION_ENDPOINT", issuer() + "/authorize", "PFE_OIDC_TOKEN_ENDPOINT", issuer() + "/token",
                "PFE_OIDC_JWKS_URI", issuer() + "/jwks", "PFE_OIDC_CLIENT_ID", CLIENT_ID,
                "PFE_OIDC_CLIENT_SECRET", CLIENT_SECRET);
    }

    /** Who the next browser to arrive is signed in as, and what is wrong with their token. */
    void nextSignIn(String username, Flaw flaw) {
        this.nextUsername = username;
        this.nextFlaw = flaw;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!"code".equals(query.get("response_type")) || !CLIENT_ID.equals(query.get("client_id"))
                || !String.valueOf(query.get("scope")).contains("openid")) {
            answer(exchange, 400, "text/plain", "bad authorization request");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(nextUsername, query.get("nonce"), query.get("redirect_uri"), nextFlaw));
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        if (!"POST".equals(exchange.getRequestMethod())
                || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(String.valueOf(form.get("code")));
        if (!"authorization_code".equals(form.get("grant_type")) || grant == null
                || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            answer(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        Instant now = Instant.now();
        var claims = Json.createObjectBuilder().add("iss", issuer()).add("sub", "sub-" + grant.username())
                .add("aud", grant.flaw() == Flaw.FOR_ANOTHER_CLIENT ? "another-client" : CLIENT_ID)
                .add("iat", now.getEpochSecond())
                .add("exp", (grant.flaw() == Flaw.EXPIRED ? now.minusSeconds(3600) : now.plusSeconds(300)).getEpochSecond())
                .add("nonce", grant.flaw() == Flaw.ANOTHER_NONCE ? "another-nonce" : grant.nonce())
                .add("preferred_username", grant.username()).build();
        String idToken = keys.sign(claims, grant.flaw() == Flaw.SIGNED_BY_ANOTHER_KEY ? otherKeys : keys);
        answer(exchange, 200, "application/json", Json.createObjectBuilder().add("access_token", "opaque")
                .add("token_type", "Bearer").add("expires_in", 300).add("id_token", idToken).build().toString());
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
