package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.shared.NotFoundException;

import java.util.List;

/** What a historical file holds, in the order the kinds depend on each other (and are applied in a workbook). */
public enum HistoryKind {
    COURSES("courses", HistoryColumns.Course.class, "formations", "opleidingen", "cours"),
    SESSIONS("sessions", HistoryColumns.Session.class, "sessies"),
    LEARNERS("learners", HistoryColumns.Learner.class, "stagiaires", "cursisten", "apprenants"),
    ENROLMENTS("enrolments", HistoryColumns.Enrolment.class, "inscriptions", "inschrijvingen", "enrollments"),
    COMPANIES("companies", HistoryColumns.Company.class, "entreprises", "bedrijven", "ondernemingen"),
    PLACEMENTS("placements", HistoryColumns.Placement.class, "stages", "formationsenentreprise", "stageplaatsen",
            "opleidingeninhetbedrijf"),
    VALIDATIONS("validations", HistoryColumns.Validation.class, "validationsdescompetences", "candidats",
            "validaties", "kandidaten", "candidates"),
    SCREENINGS("screenings", HistoryColumns.Screening.class, "selections", "screening", "screenings");

    private final String path;
    private final Class<? extends Enum<?>> columns;
    private final List<String> sheetNames;

    HistoryKind(String path, Class<? extends Enum<?>> columns, String... otherSheetNames) {
        this.path = path;
        this.columns = columns;
        List<String> names = new java.util.ArrayList<>(List.of(path));
        names.addAll(List.of(otherSheetNames));
        this.sheetNames = names.stream().map(ImportColumn::reduce).toList();
    }

    /** The kind a workbook's sheet holds, by its name in French, Dutch or English; {@code null}: none. */
    public static HistoryKind ofSheet(String name) {
        String reduced = ImportColumn.reduce(name);
        for (HistoryKind kind : values()) {
            if (kind.sheetNames.contains(reduced)) {
                return kind;
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    ImportColumns.Collector<?> collector() {
        return new ImportColumns.Collector(columns);
    }

    public String path() {
        return path;
    }

    /** The kind's columns, in the templates' order. */
    public List<ImportColumn> columns() {
        return List.of((ImportColumn[]) columns.getEnumConstants());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    List<SourceRow> rows(byte[] file) {
        return ImportColumns.rows(file, (Class) columns);
    }

    /** {@code courses}, {@code sessions}, {@code learners}, {@code enrolments}, {@code companies},
     * {@code placements}, {@code validations} or {@code screenings}; anything else is not found. */
    public static HistoryKind of(String path) {
        for (HistoryKind kind : values()) {
            if (kind.path.equals(path)) {
                return kind;
            }
        }
        throw new NotFoundException("history.kind.unknown", null, String.valueOf(path));
    }
}
