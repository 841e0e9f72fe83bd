package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.shared.BusinessRuleException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as partners' systems and spreadsheet programs write it (RFC 4180 quoting): UTF-8 with or without a
 * byte-order mark, or Windows-1252 as older Excel versions save it; fields separated by semicolons (Belgian
 * Excel), commas or tabs, whichever the header row uses most. Records are handed over one by one as they are
 * read (numbered from 1, a quoted line break staying inside its record), never the whole file decoded at once.
 */
final class CsvTable {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvTable() {
    }

    static void read(byte[] content, TableFile.RowSink sink) {
        Charset charset = isUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        char separator = separator(content, charset);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), charset)) {
            parse(new Chars(reader), separator, sink);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Whether the whole file is valid UTF-8, checked in small pieces (nothing of the size of the file decoded). */
    private static boolean isUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !decoder.flush(out.clear()).isError();
            }
            out.clear();
        }
    }

    /** The separator the header row (up to the first line break) uses most. */
    private static char separator(byte[] content, Charset charset) {
        int end = 0;
        while (end < content.length && content[end] != '\n') {
            end++;
        }
        String header = new String(content, 0, end, charset);
        char best = ',';
        long most = -1;
        for (char candidate : new char[]{';', ',', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    private static void parse(Chars text, char separator, TableFile.RowSink sink) throws IOException {
        int records = 0;
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean rowStarted = false;
        if (text.peek() == '\uFEFF') {
            text.next();
        }
        for (int c = text.next(); c >= 0; c = text.next()) {
            if (quoted) {
                if (c == '"' && text.peek() == '"') {
                    cell.append('"');
                    text.next();
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
                rowStarted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
                rowStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && text.peek() == '\n') {
                    text.next();
                }
                row.add(cell.toString());
                sink.row(++records, row);
                row = new ArrayList<>();
                cell.setLength(0);
                rowStarted = false;
            } else {
                cell.append((char) c);
                rowStarted = true;
            }
        }
        if (quoted) {
            throw new BusinessRuleException("import.csv.unclosedQuote", "file", records + 1);
        }
        if (rowStarted || cell.length() > 0) {
            row.add(cell.toString());
            sink.row(++records, row);
        }
    }

    /** The characters of a reader, read a buffer at a time, with one character of look-ahead. */
    private static final class Chars {

        private final Reader reader;
        private final char[] buffer = new char[8192];
        private int position;
        private int length;

        Chars(Reader reader) {
            this.reader = reader;
        }

        int peek() throws IOException {
            if (position == length) {
                length = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (length <= 0) {
                    length = 0;
                    return -1;
                }
            }
            return buffer[position];
        }

        int next() throws IOException {
            int c = peek();
            if (c >= 0) {
                position++;
            }
            return c;
        }
    }
}
