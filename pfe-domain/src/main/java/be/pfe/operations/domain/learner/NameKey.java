package be.pfe.operations.domain.learner;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A person's name reduced for comparison: without case, accents, punctuation or repeated spaces, so that
 * "Nuñez-Dupont, Zoë" and "NUNEZ DUPONT, zoe" are found to be the same person.
 */
final class NameKey {

    private NameKey() {
    }

    static String of(String familyName, String givenName) {
        return reduce(familyName) + "|" + reduce(givenName);
    }

    private static String reduce(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
