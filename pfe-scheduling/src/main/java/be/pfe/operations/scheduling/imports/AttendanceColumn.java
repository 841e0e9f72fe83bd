package be.pfe.operations.scheduling.imports;

import java.util.List;

/** The columns of an attendance file: one mark per meeting and enrolment. */
public enum AttendanceColumn implements ImportColumn {
    MEETING("meeting", true, "reunion", "seance", "bijeenkomst", "les", "meetingid"),
    ENROLMENT("enrolment", true, "inscription", "inschrijving", "enrollment", "enrolmentid"),
    MARK("mark", true, "presence", "aanwezigheid", "attendance");

    private final String key;
    private final boolean required;
    private final List<String> headers;

    AttendanceColumn(String key, boolean required, String... otherNames) {
        this.key = key;
        this.required = required;
        this.headers = ImportColumns.headers(key, otherNames);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public boolean required() {
        return required;
    }
}
