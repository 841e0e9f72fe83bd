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
        Long session = values.id(SESSION, "import.session.unknownCode"); // a code left unresolved names no session
        String partner = values.text(PARTNER);
        boolean cellsRead = values.valid();
        checkDetails(details, values);
        return cellsRead && values.valid() ? new LearnerRow(details, session, partner) : null;
    }

    /**
     * Checks the learner's details with the rules of registration, reporting every field refused at once: a field
     * refused (or unreadable) is replaced by a value that passes and the check goes on with the others. The national
     * register number is checked against the birth date only when that date could be read.
     */
    private void checkDetails(LearnerDetails read, RowValues values) {
        java.util.Set<String> refused = new java.util.HashSet<>();
        values.errors().forEach(error -> refused.add(error.column()));
        LearnerDetails details = read;
        if (details.birthDate() == null && details.niss() != null) {
            try {
                NationalRegisterNumber.ofOptional(details.niss());
            } catch (BusinessRuleException invalid) {
                values.add(RowError.of(invalid));
                refused.add(invalid.field());
            }
            details = with(details, "niss");
        }
        for (String field : refused) {
            details = with(details, field);
        }
        for (int attempt = 0; attempt < 12; attempt++) {
            try {
                new Learner(details, LocalDate.now(clock));
                return;
            } catch (BusinessRuleException refusal) {
                String field = refusal.field();
                if (field == null || !refused.add(field)) {
                    if (field == null) {
                        values.add(RowError.of(refusal));
                    }
                    return;
                }
                values.add(RowError.of(refusal));
                if (field.equals("birthDate") && details.niss() != null && !refused.contains("niss")) {
                    try { // the number is still checked on its own (its birth date cannot be compared)
                        NationalRegisterNumber.ofOptional(details.niss());
                    } catch (BusinessRuleException invalid) {
                        values.add(RowError.of(invalid));
                        refused.add("niss");
                    }
                }
                details = with(details, field);
            }
        }
    }

    /** The details with one field replaced by a value that passes registration's rules (or left out when optional). */
    private static LearnerDetails with(LearnerDetails d, String field) {
        return switch (field) {
            case "familyName" -> new LearnerDetails("Placeholder", d.givenName(), d.birthDate(), d.email(), d.phone(),
                    d.language(), d.entryStatus(), d.educationLevel(), d.niss());
            case "givenName" -> new LearnerDetails(d.familyName(), "Placeholder", d.birthDate(), d.email(), d.phone(),
                    d.language(), d.entryStatus(), d.educationLevel(), d.niss());
            case "birthDate" -> new LearnerDetails(d.familyName(), d.givenName(), LocalDate.of(1990, 1, 1), d.email(),
                    d.phone(), d.language(), d.entryStatus(), d.educationLevel(), null);
            case "email" -> new LearnerDetails(d.familyName(), d.givenName(), d.birthDate(), null, d.phone(),
                    d.language(), d.entryStatus(), d.educationLevel(), d.niss());
            case "phone" -> new LearnerDetails(d.familyName(), d.givenName(), d.birthDate(), d.email(), null,
                    d.language(), d.entryStatus(), d.educationLevel(), d.niss());
            case "language" -> new LearnerDetails(d.familyName(), d.givenName(), d.birthDate(), d.email(), d.phone(),
                    Language.FR, d.entryStatus(), d.educationLevel(), d.niss());
            case "entryStatus" -> new LearnerDetails(d.familyName(), d.givenName(), d.birthDate(), d.email(),
                    d.phone(), d.language(), EntryStatus.values()[0], d.educationLevel(), d.niss());
            case "educationLevel" -> new LearnerDetails(d.familyName(), d.givenName(), d.birthDate(), d.email(),
                    d.phone(), d.language(), d.entryStatus(), EducationLevel.values()[0], d.niss());
            case "niss" -> new LearnerDetails(d.familyName(), d.givenName(), d.birthDate(), d.email(), d.phone(),
                    d.language(), d.entryStatus(), d.educationLevel(), null);
            default -> d;
        };
    }
}
