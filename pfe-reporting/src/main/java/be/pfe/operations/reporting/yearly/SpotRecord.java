package be.pfe.operations.reporting.yearly;

import java.time.LocalDate;

/**
 * One record behind a yearly figure: the enrolment, placement, validation candidacy or screening that fills the spot.
 * The learner's name is given only to readers who may see the centre's personal data ({@code null} otherwise).
 *
 * @param line the line it counts in, {@code null} behind a figure that is not one of the lines (sessions...)
 * @param kind ENROLMENT, PLACEMENT, VALIDATION, SCREENING or SESSION (what {@code id} identifies)
 * @param learnerId {@code null} for a session
 */
public record SpotRecord(YearlyLine line, String kind, long id, String centre, String description, Long learnerId,
                         String learnerName, LocalDate begins, LocalDate ends) {

    /** No learner's name, should a record be logged. */
    @Override
    public String toString() {
        return "SpotRecord[" + kind + " " + id + "]";
    }
}
