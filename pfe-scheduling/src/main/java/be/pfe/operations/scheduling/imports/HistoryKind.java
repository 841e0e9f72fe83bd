package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.shared.NotFoundException;

import java.util.List;

/** What a historical file holds, in the order the kinds depend on each other (and are applied in a workbook). */
public enum HistoryKind {
    COURSES("courses", HistoryColumns.Course.class),
    SESSIONS("sessions", HistoryColumns.Session.class),
    LEARNERS("learners", HistoryColumns.Learner.class),
    ENROLMENTS("enrolments", HistoryColumns.Enrolment.class);

    private final String path;
    private final Class<? extends Enum<?>> columns;

    HistoryKind(String path, Class<? extends Enum<?>> columns) {
        this.path = path;
        this.columns = columns;
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

    /** {@code courses}, {@code sessions}, {@code learners} or {@code enrolments}; anything else is not found. */
    public static HistoryKind of(String path) {
        for (HistoryKind kind : values()) {
            if (kind.path.equals(path)) {
                return kind;
            }
        }
        throw new NotFoundException("history.kind.unknown", null, String.valueOf(path));
    }
}
