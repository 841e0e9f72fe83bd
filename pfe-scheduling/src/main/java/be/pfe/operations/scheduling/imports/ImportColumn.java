package be.pfe.operations.scheduling.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A column an import reads. Partners' systems name their columns in French, Dutch or English, with accents,
 * spaces or underscores: a header matches when it reads the same as one of the column's names once reduced
 * ({@link #reduce}).
 */
public interface ImportColumn {

    /** What a column is: its name in the input and in row errors, whether it is required, and the headers it has. */
    record Definition(String key, boolean required, List<String> headers) {

        static Definition of(String key, boolean required, String... otherNames) {
            return new Definition(key, required,
                    Stream.concat(Stream.of(key), Stream.of(otherNames)).map(ImportColumn::reduce).distinct().toList());
        }
    }

    Definition definition();

    /** The column's name in the input and in row errors, e.g. {@code birthDate}. */
    default String key() {
        return definition().key();
    }

    /** The headers partners use for it, reduced. */
    default List<String> headers() {
        return definition().headers();
    }

    default boolean required() {
        return definition().required();
    }

    /** Lower case, no accents, letters and digits only: "Date de naissance" and "date_naissance" read the same. */
    static String reduce(String header) {
        String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
