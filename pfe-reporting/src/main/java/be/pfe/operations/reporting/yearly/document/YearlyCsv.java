package be.pfe.operations.reporting.yearly.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The yearly report as CSV for spreadsheets: UTF-8 with a byte-order mark (so that Excel reads the accents), fields
 * separated by semicolons (what Excel expects in the Belgian French and Dutch locales, where the comma is the decimal
 * separator), RFC 4180 quotes. Each table is a section: a line with its name and title, its header, its rows, and an
 * empty line. Numbers are written without thousands separators, with the decimal separator of the reader's language
 * (a comma in French and Dutch, a point in English), so that Excel in that language reads them as numbers.
 */
public final class YearlyCsv {

    public static final char SEPARATOR = ';';

    private YearlyCsv() {
    }

    public static void write(YearlyDocument layout, ReportTexts texts, OutputStream out) {
        DecimalFormat decimal = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(texts.locale()));
        if (texts.locale().getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            decimal = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        }
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            line(writer, List.of(layout.title()));
            writer.write("\r\n");
            for (ReportTable table : layout.tables()) {
                line(writer, List.of(table.name(), table.title()));
                line(writer, List.copyOf(table.headers()));
                for (List<Object> row : table.rows()) {
                    DecimalFormat format = decimal;
                    line(writer, row.stream().map(value -> value == null ? ""
                            : value instanceof Long number ? number.toString()
                            : value instanceof Number number ? format.format(number.doubleValue())
                            : value.toString()).map(Object.class::cast).toList());
                }
                writer.write("\r\n");
            }
            line(writer, List.of("rules", texts.text("report.yearly.rules")));
            for (String rule : layout.rules()) {
                line(writer, List.of(rule));
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The yearly report could not be written as CSV", e);
        }
    }

    private static void line(Writer writer, List<Object> fields) throws IOException {
        StringBuilder line = new StringBuilder();
        for (Object field : fields) {
            if (!line.isEmpty()) {
                line.append(SEPARATOR);
            }
            String text = field.toString();
            if (text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                line.append(text);
            }
        }
        writer.write(line.append("\r\n").toString());
    }
}
