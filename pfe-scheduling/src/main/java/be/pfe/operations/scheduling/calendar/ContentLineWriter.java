package be.pfe.operations.scheduling.calendar;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes RFC 5545 content lines (section 3.1): each ended by CRLF and folded so that no physical line is
 * longer than 75 octets of UTF-8. A fold is CRLF followed by one space, which readers remove; the space
 * counts in the 75 octets of the line it starts. A character is never cut in the middle of its UTF-8
 * bytes, or the reader would see garbage on both sides of the fold.
 */
final class ContentLineWriter {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private final Writer out;

    ContentLineWriter(Writer out) {
        this.out = out;
    }

    /** A property whose value is already in its iCalendar form (escaped when it is text). */
    void property(String nameAndParameters, String value) throws IOException {
        line(nameAndParameters + ':' + value);
    }

    void line(String contentLine) throws IOException {
        StringBuilder folded = new StringBuilder(contentLine.length() + contentLine.length() / 32 + 2);
        int octetsOnLine = 0;
        int i = 0;
        while (i < contentLine.length()) {
            int codePoint = contentLine.codePointAt(i);
            int octets = utf8Length(codePoint);
            if (octetsOnLine + octets > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octetsOnLine = 1;
            }
            folded.appendCodePoint(codePoint);
            octetsOnLine += octets;
            i += Character.charCount(codePoint);
        }
        folded.append(CRLF);
        out.write(folded.toString());
    }

    void flush() throws IOException {
        out.flush();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
