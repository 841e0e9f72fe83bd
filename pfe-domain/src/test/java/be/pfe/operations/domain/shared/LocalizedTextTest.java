package be.pfe.operations.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LocalizedTextTest {

    @Test
    void givesTheTextInTheAskedLanguage() {
        LocalizedText title = new LocalizedText("Soudeur", "Lasser", "Welder");
        assertEquals("Soudeur", title.in(Language.FR));
        assertEquals("Lasser", title.in(Language.NL));
        assertEquals("Welder", title.in(Language.EN));
    }

    @Test
    void fallsBackToFrenchThenDutchThenEnglish() {
        assertEquals("Soudeur", new LocalizedText("Soudeur", null, null).in(Language.EN));
        assertEquals("Lasser", new LocalizedText(" ", "Lasser", "Welder").in(Language.FR));
        assertEquals("Welder", new LocalizedText(null, "", "Welder").in(Language.NL));
    }

    @Test
    void refusesATextWithNoTranslationAtAll() {
        assertEquals("text.required",
                assertThrows(BusinessRuleException.class, () -> new LocalizedText(" ", null, "")).messageKey());
    }

    @Test
    void refusesAnOverlongTranslation() {
        String tooLong = "x".repeat(LocalizedText.MAX_LENGTH + 1);
        assertEquals("text.tooLong",
                assertThrows(BusinessRuleException.class, () -> new LocalizedText("ok", tooLong, null)).messageKey());
    }

    @Test
    void languageOfALocaleDefaultsToFrench() {
        assertEquals(Language.NL, Language.of(Locale.forLanguageTag("nl-BE")));
        assertEquals(Language.EN, Language.of(Locale.ENGLISH));
        assertEquals(Language.FR, Language.of(Locale.GERMAN));
        assertEquals(Language.FR, Language.of(null));
    }
}
