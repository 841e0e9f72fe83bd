package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.LearnerDetails;
import be.pfe.operations.domain.learner.NationalRegisterNumber;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static be.pfe.operations.scheduling.imports.LearnerColumn.BIRTH_DATE;
import static be.pfe.operations.scheduling.imports.LearnerColumn.EDUCATION_LEVEL;
import static be.pfe.operations.scheduling.imports.LearnerColumn.EMAIL;
import static be.pfe.operations.scheduling.imports.LearnerColumn.ENTRY_STATUS;
import static be.pfe.operations.scheduling.imports.LearnerColumn.FAMILY_NAME;
import static be.pfe.operations.scheduling.imports.LearnerColumn.GIVEN_NAME;
import static be.pfe.operations.scheduling.imports.LearnerColumn.LANGUAGE;
import static be.pfe.operations.scheduling.imports.LearnerColumn.NISS;
import static be.pfe.operations.scheduling.imports.LearnerColumn.PARTNER;
import static be.pfe.operations.scheduling.imports.LearnerColumn.PHONE;
import static be.pfe.operations.scheduling.imports.LearnerColumn.SESSION;

/**
 * Reads a row of a learner file, and checks the learner's details with the same rules as registration at the desk
 * (names, plausible birth date, contact, national register number with its check digits and birth date).
 */
final class LearnerRows implements RowReader<LearnerRow> {

    private final Clock clock;

    LearnerRows(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ImportedRow describe(SourceRow row) {
        String family = row.value(FAMILY_NAME);
        String given = row.value(GIVEN_NAME);
        String name = String.join(" ", family == null ? "" : family, given == null ? "" : given).strip();
        String masked = null;
        try {
            NationalRegisterNumber niss = NationalRegisterNumber.ofOptional(row.value(NISS));
            masked = niss == null ? null : niss.masked();
        } catch (BusinessRuleException invalid) {
            // reported by read(); an invalid number is not shown, not even masked
        }
        return new ImportedRow(row.number(), name, masked, row.value(SESSION), row.value(PARTNER), null, List.of());
    }

    @Override
    public LearnerRow read(SourceRow row, RowValues values) {
        LearnerDetails details = new LearnerDetails(values.text(FAMILY_NAME), values.text(GIVEN_NAME),
                values.date(BIRTH_DATE), values.text(EMAIL), values.text(PHONE),
                values.choice(LANGUAGE, Language.class), values.choice(ENTRY_STATUS, EntryStatus.class),
                values.choice(EDUCATION_LEVEL, EducationLevel.class), values.text(NISS));
        Long session = values.id(SESSION);
        String partner = values.text(PARTNER);
        if (!values.valid()) {
            return null;
        }
        try {
            new Learner(details, LocalDate.now(clock));
        } catch (BusinessRuleException refusal) {
            values.add(RowError.of(refusal));
            return null;
        }
        return new LearnerRow(details, session, partner);
    }
}
