package be.pfe.operations.web.security.oidc;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/** For the tests: an RSA key pair that signs ID tokens (RS256) and publishes itself as a JSON Web Key. */
public final class SignedTokens {

    private final String keyId;
    private final KeyPair keys;

    public SignedTokens(String keyId) {
        this.keyId = keyId;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String keyId() {
        return keyId;
    }

    /** The compact JWS of these claims, signed with this key (or only named after it, when {@code signer} differs). */
    public String sign(JsonObject claims, SignedTokens signer) {
        String header = base64(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", keyId)
                .build().toString());
        String content = header + "." + base64(claims.toString());
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signer.keys.getPrivate());
            signature.update(content.getBytes(StandardCharsets.US_ASCII));
            return content + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String sign(JsonObject claims) {
        return sign(claims, this);
    }

    /** {@code {"keys":[...]}} with this public key. */
    public String keySet() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kty", "RSA").add("use", "sig").add("alg", "RS256").add("kid", keyId)
                .add("n", unsigned(key.getModulus())).add("e", unsigned(key.getPublicExponent())))).build().toString();
    }

    private static String unsigned(BigInteger number) {
        byte[] bytes = number.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
