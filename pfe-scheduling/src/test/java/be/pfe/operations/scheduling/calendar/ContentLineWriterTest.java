package be.pfe.operations.scheduling.calendar;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Line endings and folding at 75 octets of UTF-8. */
class ContentLineWriterTest {

    private static String written(String contentLine) throws IOException {
        StringWriter out = new StringWriter();
        new ContentLineWriter(out).line(contentLine);
        return out.toString();
    }

    /** The physical lines, without their CRLF; fails when the text does not end with CRLF. */
    private static List<String> physicalLines(String written) {
        assertTrue(written.endsWith("\r\n"), "ends with CRLF");
        return Arrays.asList(written.substring(0, written.length() - 2).split("\r\n", -1));
    }

    private static String unfolded(String written) {
        return written.substring(0, written.length() - 2).replace("\r\n ", "");
    }

    private static int octets(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aShortLineIsEndedByCrlf() throws IOException {
        assertEquals("SUMMARY:Java\r\n", written("SUMMARY:Java"));
    }

    @Test
    void seventyFiveOctetsStillFitOnOneLine() throws IOException {
        String line = "X".repeat(75);

        assertEquals(line + "\r\n", written(line));
    }

    @Test
    void theSeventySixthOctetGoesToAContinuationLineStartingWithASpace() throws IOException {
        String line = "X".repeat(75) + "Y";

        assertEquals("X".repeat(75) + "\r\n Y\r\n", written(line));
    }

    @Test
    void aTwoOctetCharacterIsNotCutAcrossTheFold() throws IOException {
        String line = "X".repeat(74) + "é";

        assertEquals(List.of("X".repeat(74), " é"), physicalLines(written(line)));
    }

    @Test
    void aFourOctetCharacterIsNotCutAcrossTheFold() throws IOException {
        String line = "X".repeat(73) + "😀Z";

        assertEquals(List.of("X".repeat(73), " 😀Z"), physicalLines(written(line)));
    }

    @Test
    void aLongMixedLineFoldsIntoLinesOfAtMost75OctetsAndUnfoldsBack() throws IOException {
        String line = "DESCRIPTION:" + "Café; € 5, 😀 ok\\n élève ".repeat(40);

        String written = written(line);

        List<String> lines = physicalLines(written);
        assertTrue(lines.size() > 10, "folded");
        for (int i = 0; i < lines.size(); i++) {
            String physical = lines.get(i);
            assertTrue(octets(physical) <= 75, "line " + i + " has " + octets(physical) + " octets");
            assertTrue(i == 0 || physical.startsWith(" "), "continuation line " + i + " starts with a space");
            assertTrue(i == lines.size() - 1 || octets(physical) >= 72, "line " + i + " is filled before folding");
            assertWholeCharacters(physical);
        }
        assertEquals(line, unfolded(written));
    }

    /**
     * Each physical line on its own encodes to valid UTF-8. A fold inside a character would leave half a
     * surrogate pair on each side, which a strict encoder refuses (a lenient one would write a '?').
     */
    private static void assertWholeCharacters(String physicalLine) {
        try {
            StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(physicalLine));
        } catch (CharacterCodingException cut) {
            throw new AssertionError("a character was cut: " + physicalLine, cut);
        }
    }
}
