package be.pfe.operations.scheduling.imports;

import java.util.List;

/**
 * One row of a preview or an import: what it is about (the learner's name, their national register number only
 * masked, the session or meeting) and what it does or did, with the reasons when it is refused.
 *
 * @param learner     the learner's name as read, or the enrolment for an attendance row
 * @param maskedNiss  the national register number masked, when a valid one was given
 * @param target      the session or meeting the row is for, as read
 * @param detail      the partner (learners) or the mark (attendance), as read
 */
public record ImportedRow(int row, String learner, String maskedNiss, String target, String detail,
                          RowOutcome outcome, List<RowError> errors) {

    public ImportedRow {
        errors = List.copyOf(errors);
    }

    ImportedRow with(RowOutcome outcome, List<RowError> errors) {
        return new ImportedRow(row, learner, maskedNiss, target, detail, outcome, errors);
    }
}
