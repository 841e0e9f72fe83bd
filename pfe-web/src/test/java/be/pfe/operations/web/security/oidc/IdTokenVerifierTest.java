package be.pfe.operations.web.security.oidc;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The checks of an ID token, each refusing on its own. */
class IdTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2045-03-06T09:00:00Z");
    private static final SignedTokens PROVIDER = new SignedTokens("key-1");
    private static final SignedTokens ATTACKER = new SignedTokens("key-1");

    private final AtomicInteger keySetReads = new AtomicInteger();
    private final IdTokenVerifier verifier = new IdTokenVerifier("https://id.example.be/realms/pfe", "pfe-operations",
            () -> {
                keySetReads.incrementAndGet();
                return PROVIDER.keySet();
            });

    private static JsonObjectBuilder claims() {
        return Json.createObjectBuilder().add("iss", "https://id.example.be/realms/pfe").add("sub", "f81d4fae")
                .add("aud", "pfe-operations").add("exp", NOW.plusSeconds(300).getEpochSecond())
                .add("iat", NOW.getEpochSecond()).add("nonce", "n-0S6_WzA2Mj").add("preferred_username", "board.technicity");
    }

    private String refusal(String token) {
        return assertThrows(IdTokenVerifier.InvalidTokenException.class,
                () -> verifier.verify(token, "n-0S6_WzA2Mj", NOW)).getMessage();
    }

    @Test
    void acceptsATokenOfTheProviderForThisClientAndThisBrowser() {
        assertEquals("board.technicity", verifier.verify(PROVIDER.sign(claims().build()), "n-0S6_WzA2Mj", NOW)
                .getString("preferred_username"));
        assertEquals("board.technicity", verifier.verify(PROVIDER.sign(claims().add("aud",
                Json.createArrayBuilder().add("account").add("pfe-operations")).build()), "n-0S6_WzA2Mj", NOW)
                .getString("preferred_username"));
        assertEquals(1, keySetReads.get(), "the key set is read once, then kept");
    }

    @Test
    void refusesWhatTheProviderDidNotSignOrDidNotSignForThisClient() {
        assertEquals("bad signature", refusal(PROVIDER.sign(claims().build(), ATTACKER)));
        assertEquals("another issuer", refusal(PROVIDER.sign(claims().add("iss", "https://evil.example").build())));
        assertEquals("another audience", refusal(PROVIDER.sign(claims().add("aud", "another-client").build())));
        assertEquals("expired", refusal(PROVIDER.sign(claims().add("exp", NOW.minusSeconds(600).getEpochSecond()).build())));
        assertEquals("another nonce", refusal(PROVIDER.sign(claims().add("nonce", "replayed").build())));
        assertEquals("unknown key key-9", refusal(new SignedTokens("key-9").sign(claims().build())));
        assertEquals("not a signed JWT", refusal("abc.def"));
    }

    @Test
    void refusesAnUnsignedTokenWhateverItClaims() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"kid\":\"key-1\"}".getBytes(StandardCharsets.UTF_8));
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims().build().toString().getBytes(StandardCharsets.UTF_8));
        assertEquals("algorithm none refused", refusal(header + "." + body + ".x"));
        assertEquals("algorithm none refused", refusal(header + "." + body + "."  + "sig"));
    }
}
