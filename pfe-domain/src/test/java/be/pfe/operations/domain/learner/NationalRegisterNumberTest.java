package be.pfe.operations.domain.learner;

import be.pfe.operations.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NationalRegisterNumberTest {

    /** Born 30 July 1985, serial 033: 97 - (850730033 mod 97) = 28. */
    private static final String BORN_1985 = "85073003328";
    /** Born 3 February 2001, serial 123: 97 - (2010203123 mod 97) = 45. */
    private static final String BORN_2001 = "01020312345";

    private static String refusal(String typed) {
        return assertThrows(BusinessRuleException.class, () -> NationalRegisterNumber.of(typed)).messageKey();
    }

    @Test
    void acceptsAValidNumberOfSomeoneBornBefore2000() {
        NationalRegisterNumber niss = NationalRegisterNumber.of(BORN_1985);
        assertEquals(BORN_1985, niss.digits());
        assertEquals(Optional.of(LocalDate.of(1985, 7, 30)), niss.birthDate());
    }

    @Test
    void acceptsTheUsualWrittenFormWithDotsAndDash() {
        assertEquals(BORN_1985, NationalRegisterNumber.of(" 85.07.30-033.28 ").digits());
        assertEquals(BORN_1985, NationalRegisterNumber.of("850730 033 28").digits());
    }

    @Test
    void checksPeopleBornIn2000OrLaterWithA2InFront() {
        NationalRegisterNumber niss = NationalRegisterNumber.of(BORN_2001);
        assertEquals(Optional.of(LocalDate.of(2001, 2, 3)), niss.birthDate());
        // the same nine digits with the pre-2000 check digits are the number of someone born in 1901
        assertEquals(Optional.of(LocalDate.of(1901, 2, 3)), NationalRegisterNumber.of("01020312316").birthDate());
    }

    @Test
    void refusesWrongCheckDigits() {
        assertEquals("niss.checkDigits", refusal("85073003329"));
        assertEquals("niss.checkDigits", refusal("01020312346"));
        assertEquals("niss.checkDigits", refusal("85073003428"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "8507300332", "850730033288", "85O73003328", "abcdefghijk"})
    void refusesWhatIsNotElevenDigits(String typed) {
        assertEquals("niss.format", refusal(typed));
    }

    @Test
    void anEmptyOptionalNumberIsNoNumber() {
        assertNull(NationalRegisterNumber.ofOptional("  "));
        assertNull(NationalRegisterNumber.ofOptional(null));
    }

    @Test
    void refusesANumberWhoseDateIsNotThePersonsBirthDate() {
        NationalRegisterNumber niss = NationalRegisterNumber.of(BORN_1985);
        assertDoesNotThrow(() -> niss.requireBirthDate(LocalDate.of(1985, 7, 30)));
        assertEquals("niss.birthDateMismatch", assertThrows(BusinessRuleException.class,
                () -> niss.requireBirthDate(LocalDate.of(1985, 7, 31))).messageKey());
        // 1901 by its check digits, so not the number of someone born in 2001
        assertEquals("niss.birthDateMismatch", assertThrows(BusinessRuleException.class,
                () -> NationalRegisterNumber.of("01020312316").requireBirthDate(LocalDate.of(2001, 2, 3)))
                .messageKey());
    }

    @Test
    void aNumberWithoutADateCannotContradictTheBirthDate() {
        // month 00: the birth date was unknown when the number was given; 97 - (400000001 mod 97) = 63
        NationalRegisterNumber unknownDate = NationalRegisterNumber.of("40000000163");
        assertEquals(Optional.empty(), unknownDate.birthDate());
        assertDoesNotThrow(() -> unknownDate.requireBirthDate(LocalDate.of(1940, 5, 1)));
    }

    @Test
    void isShownOnlyMaskedAndNeverWholeInTextOrErrors() {
        NationalRegisterNumber niss = NationalRegisterNumber.of(BORN_1985);
        assertEquals("85.07.30-***.**", niss.masked());
        assertEquals("85.07.30-***.**", niss.toString());
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> NationalRegisterNumber.of("85073003329"));
        assertFalse(refused.getMessage().contains("850730"), refused.getMessage());
        assertArrayEquals(new Object[0], refused.arguments());
        assertFalse(new LearnerDetails("Peeters", "An", LocalDate.of(1985, 7, 30), null, null, null, null, null,
                BORN_1985).toString().contains("033"));
    }

    @Test
    void equalsOnTheDigits() {
        assertEquals(NationalRegisterNumber.of(BORN_1985), NationalRegisterNumber.of("85.07.30-033.28"));
    }
}
