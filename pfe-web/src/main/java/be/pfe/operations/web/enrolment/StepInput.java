package be.pfe.operations.web.enrolment;

import java.time.LocalDate;

/**
 * The body of a step of an enrolment. {@code step} is one of {@link Kind}; {@code partner} is needed to refer,
 * {@code date} to drop out, {@code session} to transfer, and {@code reason} to refuse or drop out. Steps are
 * recorded as the signed-in user's.
 */
public record StepInput(Kind step, String reason, String partner, LocalDate date, Long session) {

    /** The steps staff can take. */
    public enum Kind {
        REFER, SCREEN, ADMIT, ENROL, COMPLETE, DROP_OUT, REFUSE, TRANSFER
    }
}
