package be.pfe.operations.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TypedTextTest {

    private static String refusal(String text) {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> TypedText.optional(text, "familyName", 100));
        assertEquals("familyName", refused.field());
        return refused.messageKey();
    }

    @Test
    void keepsOrdinaryNamesOfEveryScript() {
        assertEquals("Nuñez-Dupont", TypedText.required("  Nuñez-Dupont ", "familyName", 100));
        assertEquals("عبد الله", TypedText.required("عبد الله", "givenName", 100));
        assertEquals("O’Brien 😀", TypedText.required("O’Brien 😀", "givenName", 100));
        // a joiner inside a visible text (e.g. Persian, emoji sequences) is legitimate
        assertEquals("می‌خواهم", TypedText.required("می\u200cخواهم", "givenName", 100));
        assertNull(TypedText.optional("   ", "city", 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Du\u0000bois", "Du\u001bbois", "Du\u0007bois", "Du\u0085bois", "Du\u009bbois",
            "Du\u007fbois", "Du\nbois", "Du\tbois"})
    void refusesControlCharactersInOneLine(String text) {
        assertEquals("input.text.control", refusal(text));
    }

    @Test
    void aNoteKeepsLineBreaksAndTabsButNoOtherControlCharacter() {
        assertEquals("first line\n\tsecond line", TypedText.note("first line\n\tsecond line", "notes", 2000));
        assertEquals("input.text.control", assertThrows(BusinessRuleException.class,
                () -> TypedText.note("bell\u0007", "notes", 2000)).messageKey());
        assertEquals("input.text.control", assertThrows(BusinessRuleException.class,
                () -> TypedText.note("nul\u0000", "notes", 2000)).messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202eabc", "a\u202ab", "a\u202bb", "a\u202cb", "a\u202db", "a\u2066b", "a\u2067b",
            "a\u2068b", "a\u2069b"})
    void refusesBidiOverridesEmbeddingsAndIsolates(String text) {
        assertEquals("input.text.bidi", refusal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\ud800", "\udc00b", "a\ud800b", "\ude00\ud83d"})
    void refusesLoneSurrogates(String text) {
        assertEquals("input.text.surrogate", refusal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200b", "\u200b\u200c\u200d", " \ufeff ", "\u2060", "\u00a0\u200b"})
    void refusesTextsOfInvisibleCharactersOnly(String text) {
        assertEquals("input.text.invisible", refusal(text));
    }

    @Test
    void theRuleIsTheSameForRequiredTexts() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> TypedText.required("\u200b", "name", 100));
        assertEquals("input.text.invisible", refused.messageKey());
        assertEquals("name", refused.field());
    }

    @Test
    void aTitleInAnyLanguageFollowsTheRule() {
        assertEquals("input.text.bidi", assertThrows(BusinessRuleException.class,
                () -> new LocalizedText("Soudure\u202e", null, null)).messageKey());
    }
}
