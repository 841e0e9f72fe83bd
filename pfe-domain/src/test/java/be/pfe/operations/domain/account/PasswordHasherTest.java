package be.pfe.operations.domain.account;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesTheRightPasswordAndRefusesAnyOther() {
        String stored = hasher.hash("correct horse battery".toCharArray());
        assertTrue(hasher.verify("correct horse battery".toCharArray(), stored));
        assertFalse(hasher.verify("correct horse batterY".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
    }

    @Test
    void storesAlgorithmIterationsSaltAndA256BitHash() {
        String[] parts = hasher.hash("un mot de passe".toCharArray()).split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000, parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void saltsEachHashSoTheSamePasswordNeverHashesTheSame() {
        String first = hasher.hash("hetzelfde wachtwoord".toCharArray());
        String second = hasher.hash("hetzelfde wachtwoord".toCharArray());
        assertNotEquals(first, second);
        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2]);
        assertTrue(hasher.verify("hetzelfde wachtwoord".toCharArray(), second));
    }

    @Test
    void readsTheIterationCountFromTheStoredHash() {
        String costlier = new PasswordHasher(250_000).hash("plus de tours".toCharArray());
        assertTrue(costlier.startsWith("pbkdf2-sha256$250000$"));
        assertTrue(hasher.verify("plus de tours".toCharArray(), costlier));
    }

    @Test
    void refusesMalformedHashesAndTooFewIterations() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plain-text-password"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha256$abc$AAAA$AAAA"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha256$210000$not base64!$AAAA"));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(10_000));
    }
}
