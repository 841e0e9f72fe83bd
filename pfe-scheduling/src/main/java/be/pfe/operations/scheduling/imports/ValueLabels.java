package be.pfe.operations.scheduling.imports;

import java.util.List;

/**
 * Other ways to write the values of a column: the labels the interface shows for them in French, Dutch and English
 * (e.g. "Néerlandais", "Nederlands", "Dutch" for {@code NL}), so that a partner may fill a file with the words they
 * read on the pages. Given by the application (where the texts are); none by default.
 */
@FunctionalInterface
public interface ValueLabels {

    ValueLabels NONE = value -> List.of();

    /** The labels of one value, in every language. */
    List<String> of(Enum<?> value);
}
