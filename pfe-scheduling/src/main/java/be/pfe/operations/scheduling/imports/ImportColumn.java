package be.pfe.operations.scheduling.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A column an import reads. Partners' systems name their columns in French, Dutch or English, with accents,
 * spaces or underscores: a header matches when it reads the same as one of the column's names once reduced
 * ({@link #reduce}).
 */
public interface ImportColumn {

    /** The column's name in the input and in row errors, e.g. {@code birthDate}. */
    String key();

    /** The headers partners use for it, reduced. */
    List<String> headers();

    boolean required();

    /** Lower case, no accents, letters and digits only: "Date de naissance" and "date_naissance" read the same. */
    static String reduce(String header) {
        String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
