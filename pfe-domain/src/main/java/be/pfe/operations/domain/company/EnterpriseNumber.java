package be.pfe.operations.domain.company;

import be.pfe.operations.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A Belgian enterprise number (BCE/KBO): 10 digits starting with 0 or 1, whose last two digits are
 * 97 - (the first 8 digits mod 97). Read as typed ({@code 0123.456.789}, {@code 0123456789},
 * {@code BE 0123 456 789}; an old 9-digit number gets its leading 0), stored as its 10 digits, shown as
 * {@code 0123.456.789}.
 */
@Embeddable
public class EnterpriseNumber {

    public static final int LENGTH = 10;
    public static final String FIELD = "enterpriseNumber";

    @Column(name = "enterprise_number", nullable = false, length = LENGTH)
    private String digits;

    protected EnterpriseNumber() {
        // for JPA
    }

    private EnterpriseNumber(String digits) {
        this.digits = digits;
    }

    /** Reads and checks a number as typed: spaces, dots, dashes and a leading country code BE are ignored. */
    public static EnterpriseNumber of(String typed) {
        String digits = typed == null ? "" : typed.strip().replaceFirst("^(?i)BE", "").replaceAll("[\\s.\\-/]", "");
        if (digits.matches("\\d{9}")) {
            digits = "0" + digits;
        }
        if (!digits.matches("\\d{" + LENGTH + "}")) {
            throw new BusinessRuleException("enterpriseNumber.length", FIELD);
        }
        if (digits.charAt(0) != '0' && digits.charAt(0) != '1') {
            throw new BusinessRuleException("enterpriseNumber.firstDigit", FIELD);
        }
        if (checkDigits(digits.substring(0, 8)) != Integer.parseInt(digits.substring(8))) {
            throw new BusinessRuleException("enterpriseNumber.checkDigits", FIELD);
        }
        return new EnterpriseNumber(digits);
    }

    /** The two check digits of a number's first 8 digits: 97 - (those digits mod 97). */
    static int checkDigits(String firstEight) {
        return 97 - (int) (Long.parseLong(firstEight) % 97);
    }

    /** The 10 digits, for storage and search. */
    public String digits() {
        return digits;
    }

    /** As it is shown: {@code 0123.456.789}. */
    public String formatted() {
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EnterpriseNumber that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return formatted();
    }
}
