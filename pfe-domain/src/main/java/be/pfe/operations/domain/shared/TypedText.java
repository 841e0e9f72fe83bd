package be.pfe.operations.domain.shared;

/**
 * The check of a free text typed in a form, sent in a body or read from an imported file: trimmed, required or
 * not, not longer than its column, and made of characters a person can see. Refusals: {@code input.required},
 * {@code input.tooLong} (with the maximum), and those of {@link #requireReadable}, about the given field.
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

    /** {@code null} when nothing was typed; one line: no line break, tab or other control character. */
    public static String optional(String text, String field, int maxLength) {
        return checked(text, field, maxLength, false);
    }

    /** A multi-line free-text note: like {@link #optional} but line breaks and tabs are kept. */
    public static String note(String text, String field, int maxLength) {
        return checked(text, field, maxLength, true);
    }

    private static String checked(String text, String field, int maxLength, boolean multiLine) {
        if (text == null || text.isBlank()) {
            return null;
        }
        requireReadable(text, field, multiLine);
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

    /**
     * The one rule on the characters of a text, whatever the field: refuses control characters (C0 and C1, NUL
     * included; a multi-line note may keep line breaks and tabs: {@code input.text.control}), bidirectional
     * override, embedding and isolate characters ({@code input.text.bidi}), a half of a surrogate pair without its
     * other half ({@code input.text.surrogate}), and a text made only of invisible characters (zero-width space,
     * joiner and non-joiner, word joiner, byte order mark, with or without white space) ({@code input.text.invisible}).
     * A text of white space only is left to the field's own rule (empty or required). {@code null} passes.
     */
    public static void requireReadable(String text, String field, boolean multiLine) {
        if (text == null) {
            return;
        }
        boolean visible = false;
        boolean invisible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    visible = true;
                    i++;
                    continue;
                }
                throw new BusinessRuleException("input.text.surrogate", field);
            }
            if (Character.isLowSurrogate(c)) {
                throw new BusinessRuleException("input.text.surrogate", field);
            }
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                if (multiLine && (c == '\n' || c == '\t' || c == '\r')) {
                    continue;
                }
                throw new BusinessRuleException("input.text.control", field);
            }
            if ((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
                throw new BusinessRuleException("input.text.bidi", field);
            }
            if (isInvisible(c)) {
                invisible = true;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible = true;
            }
        }
        if (invisible && !visible) {
            throw new BusinessRuleException("input.text.invisible", field);
        }
    }

    /** Characters that take no room and show nothing: zero-width space, non-joiner, joiner, word joiner, BOM. */
    private static boolean isInvisible(char c) {
        return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff' || c == '\u180e';
    }
}
