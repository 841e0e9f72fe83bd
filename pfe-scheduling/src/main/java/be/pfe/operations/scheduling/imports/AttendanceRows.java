package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.attendance.AttendanceMark;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static be.pfe.operations.scheduling.imports.AttendanceColumn.ENROLMENT;
import static be.pfe.operations.scheduling.imports.AttendanceColumn.MARK;
import static be.pfe.operations.scheduling.imports.AttendanceColumn.MEETING;

/** Reads a row of an attendance file; marks may be written in English, French or Dutch. */
final class AttendanceRows implements RowReader<AttendanceRow> {

    private static final Map<String, AttendanceMark> MARKS = Map.ofEntries(
            Map.entry("PRESENT", AttendanceMark.PRESENT), Map.entry("AANWEZIG", AttendanceMark.PRESENT),
            Map.entry("ABSENT", AttendanceMark.ABSENT), Map.entry("AFWEZIG", AttendanceMark.ABSENT),
            Map.entry("EXCUSED", AttendanceMark.EXCUSED), Map.entry("EXCUSE", AttendanceMark.EXCUSED),
            Map.entry("GEWETTIGD AFWEZIG", AttendanceMark.EXCUSED), Map.entry("VERONTSCHULDIGD", AttendanceMark.EXCUSED),
            Map.entry("LATE", AttendanceMark.LATE), Map.entry("EN RETARD", AttendanceMark.LATE),
            Map.entry("RETARD", AttendanceMark.LATE), Map.entry("TE LAAT", AttendanceMark.LATE));

    @Override
    public ImportedRow describe(SourceRow row) {
        return new ImportedRow(row.number(), row.value(ENROLMENT), null, row.value(MEETING), row.value(MARK), null,
                List.of());
    }

    @Override
    public AttendanceRow read(SourceRow row, RowValues values) {
        Long meeting = values.id(MEETING);
        Long enrolment = values.id(ENROLMENT);
        String written = values.text(MARK);
        AttendanceMark mark = null;
        if (written != null) {
            String plain = Normalizer.normalize(written, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
            mark = MARKS.get(plain);
            if (mark == null) {
                mark = RowValues.match(written, AttendanceMark.class, values.labels());
            }
            if (mark == null) {
                values.add(RowValues.notAllowed(MARK, written, AttendanceMark.class));
            }
        }
        return values.valid() ? new AttendanceRow(meeting, enrolment, mark) : null;
    }
}
