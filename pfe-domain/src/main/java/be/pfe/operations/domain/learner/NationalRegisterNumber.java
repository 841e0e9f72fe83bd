package be.pfe.operations.domain.learner;

import be.pfe.operations.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Belgian national register number (NISS/INSZ): 11 digits YYMMDDSSSCC, where CC = 97 - (the first 9 digits
 * mod 97), and for people born in 2000 or later the check uses 2 followed by the 9 digits. Personal data: its
 * {@link #toString()} and {@link #masked()} forms hide the serial and check digits, so it never reaches a list or
 * a log by accident; only {@link #digits()} gives it whole, for storage.
 */
@Embeddable
public class NationalRegisterNumber {

    public static final int LENGTH = 11;

    @Column(name = "niss", length = LENGTH)
    private String digits;

    protected NationalRegisterNumber() {
        // for JPA
    }

    private NationalRegisterNumber(String digits) {
        this.digits = digits;
    }

    /**
     * Reads a number as typed (dots, dashes and spaces are ignored) and checks its check digits. The error never
     * repeats the number itself.
     */
    public static NationalRegisterNumber of(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s.\\-]", "");
        if (!digits.matches("\\d{" + LENGTH + "}")) {
            throw new BusinessRuleException("niss.format", "niss");
        }
        NationalRegisterNumber number = new NationalRegisterNumber(digits);
        if (number.century() == 0) {
            throw new BusinessRuleException("niss.checkDigits", "niss");
        }
        return number;
    }

    /** Null when nothing was typed, else the number, checked. */
    public static NationalRegisterNumber ofOptional(String typed) {
        return typed == null || typed.isBlank() ? null : of(typed);
    }

    /** 1900 or 2000: the century the check digits say the person was born in; 0 when they are wrong. */
    private int century() {
        long base = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9));
        if (97 - base % 97 == check) {
            return 1900;
        }
        if (97 - (2_000_000_000L + base) % 97 == check) {
            return 2000;
        }
        return 0;
    }

    /**
     * The birth date the first six digits give, when they form one (they do not for people whose birth date is
     * unknown, written with a month or day 00, nor for bis numbers, whose month is raised by 20 or 40).
     */
    public Optional<LocalDate> birthDate() {
        try {
            return Optional.of(LocalDate.of(century() + Integer.parseInt(digits.substring(0, 2)),
                    Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Refuses the number when its first digits give a birth date other than the person's. */
    public void requireBirthDate(LocalDate birthDate) {
        if (birthDate != null && birthDate().filter(date -> !date.equals(birthDate)).isPresent()) {
            throw new BusinessRuleException("niss.birthDateMismatch", "niss");
        }
    }

    /** The whole number, 11 digits: for storage and for comparing, never for display. */
    public String digits() {
        return digits;
    }

    /** The number as it may be shown: the birth date part only, e.g. {@code 85.07.30-***.**}. */
    public String masked() {
        return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "-***.**";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NationalRegisterNumber that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
