package be.pfe.operations.web.security.oidc;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Checks an ID token as OpenID Connect Core 1.0 (3.1.3.7) asks of a confidential client: signed with RS256 by a key of
 * the provider's key set, issued by the configured issuer, for this client, not expired, and carrying the nonce this
 * browser was given. Keys are kept by their id, the set read again when a token names an unknown one.
 */
final class IdTokenVerifier {

    /** Clocks differ a little between the provider and here. */
    private static final Duration SKEW = Duration.ofMinutes(2);

    private final String issuer;
    private final String clientId;
    private final Supplier<String> keySet;
    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();

    IdTokenVerifier(String issuer, String clientId, Supplier<String> keySet) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.keySet = keySet;
    }

    /** The token's claims; {@link InvalidTokenException} (saying why, for the server log) when one check fails. */
    JsonObject verify(String token, String nonce, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            throw new InvalidTokenException("not a signed JWT");
        }
        JsonObject header = json(parts[0]);
        if (!"RS256".equals(header.getString("alg", ""))) {
            throw new InvalidTokenException("algorithm " + header.getString("alg", "none") + " refused");
        }
        if (!signatureValid(key(header.getString("kid", "")), parts)) {
            throw new InvalidTokenException("bad signature");
        }
        JsonObject claims = json(parts[1]);
        if (!issuer.equals(claims.getString("iss", ""))) {
            throw new InvalidTokenException("another issuer");
        }
        if (!audienceIncludesClient(claims.get("aud"))) {
            throw new InvalidTokenException("another audience");
        }
        if (!claims.containsKey("exp") || Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue())
                .isBefore(now.minus(SKEW))) {
            throw new InvalidTokenException("expired");
        }
        if (nonce == null || !nonce.equals(claims.getString("nonce", ""))) {
            throw new InvalidTokenException("another nonce");
        }
        return claims;
    }

    private boolean audienceIncludesClient(JsonValue audience) {
        if (audience instanceof JsonString one) {
            return clientId.equals(one.getString());
        }
        return audience instanceof JsonArray many && many.getValuesAs(JsonString.class).stream()
                .anyMatch(one -> clientId.equals(one.getString()));
    }

    private PublicKey key(String keyId) {
        PublicKey key = keys.get(keyId);
        if (key == null) {
            readKeySet();
            key = keys.get(keyId);
        }
        if (key == null) {
            throw new InvalidTokenException("unknown key " + keyId);
        }
        return key;
    }

    private void readKeySet() {
        JsonObject set = Json.createReader(new StringReader(keySet.get())).readObject();
        for (JsonObject jwk : set.getJsonArray("keys").getValuesAs(JsonObject.class)) {
            if ("RSA".equals(jwk.getString("kty", "")) && !"enc".equals(jwk.getString("use", "sig"))) {
                try {
                    keys.put(jwk.getString("kid", ""), KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                            unsigned(jwk.getString("n")), unsigned(jwk.getString("e")))));
                } catch (GeneralSecurityException | RuntimeException unusable) {
                    // a key this client cannot use: tokens signed with it are refused as signed with an unknown key
                }
            }
        }
    }

    private static boolean signatureValid(PublicKey key, String[] parts) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static BigInteger unsigned(String base64url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
    }

    private static JsonObject json(String base64url) {
        try {
            return Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(base64url),
                    StandardCharsets.UTF_8))).readObject();
        } catch (RuntimeException malformed) {
            throw new InvalidTokenException("malformed");
        }
    }

    /** Why a token was refused (for the server's log; the user is told only that the sign-in failed). */
    static final class InvalidTokenException extends RuntimeException {
        InvalidTokenException(String reason) {
            super(reason);
        }
    }
}
