package be.pfe.operations.scheduling.calendar;

/**
 * Escapes free text (titles, descriptions, places) as an RFC 5545 TEXT value (section 3.3.11), so that a
 * comma, semicolon or backslash typed by a planner is never read as a separator and a line break survives.
 */
final class TextValue {

    private TextValue() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    // Text pasted from Windows or an old Mac: CRLF and CR are one line break, like LF.
                    escaped.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    // Other control characters are not allowed in TEXT and have no visible meaning: dropped.
                    if (!isControl(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t') || c == 0x7F;
    }
}
