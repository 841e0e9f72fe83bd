package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.TypedText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of one row into values, collecting an error per cell that cannot be read (every bad cell is
 * reported at once, not only the first).
 */
final class RowValues {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");

    private final SourceRow row;
    private final ValueLabels labels;
    private final List<RowError> errors = new ArrayList<>();

    RowValues(SourceRow row) {
        this(row, ValueLabels.NONE);
    }

    RowValues(SourceRow row, ValueLabels labels) {
        this.row = row;
        this.labels = labels;
    }

    /** The text of the cell; an error when it is required and blank, or not readable ({@link TypedText#requireReadable}). */
    String text(ImportColumn column) {
        String value = row.value(column);
        if (value == null && column.required()) {
            errors.add(new RowError(column.key(), "import.value.required", List.of(column.key())));
        }
        try {
            TypedText.requireReadable(value, column.key(), false);
        } catch (BusinessRuleException unreadable) {
            errors.add(new RowError(column.key(), unreadable.messageKey(), List.of()));
            return null;
        }
        return value;
    }

    /** A date written 2043-03-14 (ISO, as typed dates of a sheet come), 14/03/2043, 14.03.2043 or 14-03-2043. */
    LocalDate date(ImportColumn column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            Matcher dayFirst = DAY_FIRST.matcher(value);
            if (dayFirst.matches()) {
                return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            errors.add(new RowError(column.key(), "import.date.invalid", List.of(column.key(), value)));
            return null;
        }
    }

    /**
     * A value among the enum's names, in any case, with spaces or dashes for underscores, or one of its labels in
     * French, Dutch or English (accents and punctuation aside); a value that is none of them is refused with the
     * values allowed.
     */
    <E extends Enum<E>> E choice(ImportColumn column, Class<E> type) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        E found = match(value, type, labels);
        if (found == null) {
            errors.add(notAllowed(column, value, type));
        }
        return found;
    }

    /** The constant a written value names (by its name or one of its labels), or {@code null}. */
    static <E extends Enum<E>> E match(String value, Class<E> type, ValueLabels labels) {
        String name = value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        String reduced = ImportColumn.reduce(value);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name) || ImportColumn.reduce(constant.name()).equals(reduced)) {
                return constant;
            }
        }
        for (E constant : type.getEnumConstants()) {
            for (String label : labels.of(constant)) {
                if (!reduced.isEmpty() && ImportColumn.reduce(label).equals(reduced)) {
                    return constant;
                }
            }
        }
        return null;
    }

    /** The refusal of a value, with the values allowed (shown in the reader's language). */
    static <E extends Enum<E>> RowError notAllowed(ImportColumn column, String value, Class<E> type) {
        return new RowError(column.key(), "import.value.notAllowed",
                List.of(column.key(), value, List.of(type.getEnumConstants())));
    }

    ValueLabels labels() {
        return labels;
    }

    /** A record's number (a session, a meeting, an enrolment). */
    Long id(ImportColumn column) {
        return id(column, null);
    }

    /**
     * A record's number; a cell that is none is refused with the given message (its argument: the cell as written),
     * or as an invalid value when none is given.
     */
    Long id(ImportColumn column, String notANumberKey) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip().replaceAll("\\.0+$", ""));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(notANumberKey == null
                ? new RowError(column.key(), "import.value.invalid", List.of(column.key(), value))
                : new RowError(column.key(), notANumberKey, List.of(value)));
        return null;
    }

    void add(RowError error) {
        errors.add(error);
    }

    List<RowError> errors() {
        return List.copyOf(errors);
    }

    boolean valid() {
        return errors.isEmpty();
    }
}
