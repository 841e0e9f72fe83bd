package be.pfe.operations.domain.company;

import be.pfe.operations.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EnterpriseNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0403.170.701", "0403170701", "BE 0403 170 701", "be0403.170.701", " 0403-170-701 ",
            "403170701", "403.170.701"})
    void readsTheWaysANumberIsTyped(String typed) {
        EnterpriseNumber number = EnterpriseNumber.of(typed);
        assertEquals("0403170701", number.digits());
        assertEquals("0403.170.701", number.formatted());
        assertEquals(EnterpriseNumber.of("0403170701"), number);
    }

    @Test
    void theCheckDigitsAre97MinusTheFirstEightDigitsMod97() {
        // 04031707 mod 97 = 96, so the check is 01; 10012345 mod 97 = 5, so 92
        assertEquals(1, EnterpriseNumber.checkDigits("04031707"));
        assertEquals("1001.234.592", EnterpriseNumber.of("1001234592").formatted());
        // a multiple of 97 has the check digits 97
        assertEquals(97, EnterpriseNumber.checkDigits("00000097"));
        assertEquals("0000.000.097", EnterpriseNumber.of("0000000097").formatted());
    }

    @Test
    void refusesWrongCheckDigits() {
        assertRefused("enterpriseNumber.checkDigits", "0403.170.702");
        assertRefused("enterpriseNumber.checkDigits", "0123.456.789");
        assertRefused("enterpriseNumber.checkDigits", "0403.170.710");
    }

    @Test
    void refusesAWrongLengthOrFirstDigit() {
        assertRefused("enterpriseNumber.length", "0403.17.70");
        assertRefused("enterpriseNumber.length", "04031707011");
        assertRefused("enterpriseNumber.length", "0403.17O.701");
        assertRefused("enterpriseNumber.length", "");
        assertRefused("enterpriseNumber.length", null);
        // the check digits of 20012345 are right (20012345 mod 97 = 81, 97 - 81 = 16), the first digit is not
        assertRefused("enterpriseNumber.firstDigit", "2001234516");
    }

    private static void assertRefused(String key, String typed) {
        BusinessRuleException refusal = assertThrows(BusinessRuleException.class, () -> EnterpriseNumber.of(typed));
        assertEquals(key, refusal.messageKey(), typed);
        assertEquals("enterpriseNumber", refusal.field());
        assertEquals(0, refusal.arguments().length, "the refusal does not repeat the number");
    }
}
