package be.pfe.operations.domain.shared;

/**
 * The check of a free text typed in a form: trimmed, required or not, not longer than its column. Refusals:
 * {@code input.required} and {@code input.tooLong} (with the maximum), about the given field.
 */
public final class TypedText {

    private TypedText() {
    }

    public static String required(String text, String field, int maxLength) {
        String value = optional(text, field, maxLength);
        if (value == null) {
            throw new BusinessRuleException("input.required", field);
        }
        return value;
    }

    /** {@code null} when nothing was typed. */
    public static String optional(String text, String field, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > maxLength) {
            throw new BusinessRuleException("input.tooLong", field, maxLength);
        }
        return value;
    }

    /** Refuses a missing choice or date ({@code input.required}). */
    public static <T> T chosen(T value, String field) {
        if (value == null) {
            throw new BusinessRuleException("input.required", field);
        }
        return value;
    }
}
