package be.pfe.operations.reporting.yearly.document;

import java.util.ArrayList;
import java.util.List;

/** Reads semicolon-separated lines with RFC 4180 quotes, as a spreadsheet would. */
final class CsvLines {

    private CsvLines() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                lines.add(fields.size() == 1 && fields.get(0).isEmpty() ? List.of() : List.copyOf(fields));
                fields = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        return lines;
    }
}
