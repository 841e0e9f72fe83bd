package be.pfe.operations.scheduling.calendar;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 5545 TEXT escaping, checked on the raw characters. */
class TextValueTest {

    @Test
    void separatorsAndTheEscapeCharacterAreEscaped() {
        assertEquals("a\\;b", TextValue.escape("a;b"));
        assertEquals("a\\,b", TextValue.escape("a,b"));
        assertEquals("a\\\\b", TextValue.escape("a\\b"));
    }

    @Test
    void anEscapedCharacterIsNotEscapedTwice() {
        // A backslash followed by a semicolon: two characters, each escaped once.
        assertEquals("C:\\\\temp\\\\\\;x", TextValue.escape("C:\\temp\\;x"));
    }

    @Test
    void everyKindOfLineBreakBecomesBackslashN() {
        assertEquals("un\\ndeux\\ntrois\\nquatre", TextValue.escape("un\ndeux\r\ntrois\rquatre"));
        assertEquals("\\n\\n", TextValue.escape("\r\n\r\n"));
    }

    @Test
    void colonsQuotesTabsAndAccentsStayAsTheyAre() {
        assertEquals("Réunion: \"Java\"\tà 9h – Œuvre 😀", TextValue.escape("Réunion: \"Java\"\tà 9h – Œuvre 😀"));
    }

    @Test
    void controlCharactersThatTextMayNotHoldAreDropped() {
        assertEquals("ab", TextValue.escape("a\u0000\u000B\u001F\u007Fb"));
    }

    @Test
    void aSentenceWithEverything() {
        assertEquals("Réunion\\; salle 2\\, étage 1\\nApporter PC \\\\ chargeur",
                TextValue.escape("Réunion; salle 2, étage 1\nApporter PC \\ chargeur"));
    }
}
