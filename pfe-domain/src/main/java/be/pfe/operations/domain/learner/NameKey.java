package be.pfe.operations.domain.learner;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A person's name reduced for comparison: without case, accents, punctuation or repeated spaces, so that
 * "Nuñez-Dupont, Zoë" and "NUNEZ DUPONT, zoe" are found to be the same person.
 */
public final class NameKey {

    private NameKey() {
    }

    static String of(String familyName, String givenName) {
        return reduce(familyName) + "|" + reduce(givenName);
    }

    /**
     * The words of a search as the keys hold them (no case, accents or punctuation): "LAMBERT Yasmína" gives
     * {@code [lambert, yasmina]}, each to be found in a key, in any order.
     */
    public static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(reduce(text).split(" ")).filter(word -> !word.isBlank()).distinct().toList();
    }

    private static String reduce(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
