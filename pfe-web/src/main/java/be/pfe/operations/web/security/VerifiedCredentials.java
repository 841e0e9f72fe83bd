package be.pfe.operations.web.security;

import jakarta.inject.Inject;
import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API clients send their credentials with every request (HTTP Basic). Checking PBKDF2 each time would cost half a
 * second per call, so a password verified against its hash is remembered for {@link #KEPT_FOR}, in memory only, as
 * an HMAC under a key made at start-up (never the password, never written anywhere). Forgotten when the password
 * changes; lockout and deactivation are still checked against the database on every request.
 */
@ApplicationScoped
public class VerifiedCredentials {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    static final Duration KEPT_FOR = Duration.ofMinutes(5);
    private static final int MOST_KEPT = 10_000;

    private record Verified(byte[] mac, Set<String> groups, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKey key;

    public VerifiedCredentials() {
        try {
            key = KeyGenerator.getInstance("HmacSHA256").generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The caller's groups when this password was verified for this user a short while ago. */
    Set<String> groupsIfRecentlyVerified(String username, char[] password) {
        Verified entry = verified.get(username);
        if (entry == null || entry.until().isBefore(Instant.now(clock))) {
            return null;
        }
        return MessageDigest.isEqual(entry.mac(), mac(username, password)) ? entry.groups() : null;
    }

    void remember(String username, char[] password, Set<String> groups) {
        if (verified.size() >= MOST_KEPT) {
            verified.clear();
        }
        verified.put(username, new Verified(mac(username, password), Set.copyOf(groups), Instant.now(clock).plus(KEPT_FOR)));
    }

    public void forget(String username) {
        verified.remove(username);
    }

    private byte[] mac(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            var bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] data = new byte[bytes.remaining()];
            bytes.get(data);
            byte[] result = mac.doFinal(data);
            java.util.Arrays.fill(data, (byte) 0);
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
