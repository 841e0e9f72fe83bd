package be.pfe.operations.domain.account;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256, a random 16-byte salt per password and {@value #ITERATIONS}
 * iterations (the project's floor; the count is stored with each hash, so it can rise later without invalidating
 * stored hashes: one verification costs about 0.1 s with a full JIT, 0.5 s on the C1-only start-up settings). Stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} in base64.
 * Verification compares in constant time.
 */
public final class PasswordHasher {

    public static final int ITERATIONS = 210_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHasher() {
        this(ITERATIONS);
    }

    /** A hasher with another cost; below 210 000 iterations is refused. */
    public PasswordHasher(int iterations) {
        if (iterations < 210_000) {
            throw new IllegalArgumentException("too few iterations: " + iterations);
        }
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(password, salt, iterations));
    }

    /** Whether the password matches the stored hash; {@code false} for a hash in an unknown format. */
    public boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Spends the time of one verification, so that an unknown username answers as slowly as a known one. */
    public void verifyNothing(char[] password) {
        derive(password, new byte[SALT_BYTES], iterations);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** For tools: prints the hash of the password given as argument (used for the demonstration accounts). */
    public static void main(String[] args) {
        char[] password = args[0].toCharArray();
        System.out.println(new PasswordHasher().hash(password));
        Arrays.fill(password, ' ');
    }
}
