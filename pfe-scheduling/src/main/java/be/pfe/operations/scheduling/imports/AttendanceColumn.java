package be.pfe.operations.scheduling.imports;

/** The columns of an attendance file: one mark per meeting and enrolment. */
public enum AttendanceColumn implements ImportColumn {
    MEETING("meeting", true, "reunion", "seance", "bijeenkomst", "les", "meetingid"),
    ENROLMENT("enrolment", true, "inscription", "inschrijving", "enrollment", "enrolmentid"),
    MARK("mark", true, "presence", "aanwezigheid", "attendance");

    private final Definition definition;

    AttendanceColumn(String key, boolean required, String... otherNames) {
        this.definition = Definition.of(key, required, otherNames);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
