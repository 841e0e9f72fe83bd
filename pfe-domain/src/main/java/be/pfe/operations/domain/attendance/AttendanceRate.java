package be.pfe.operations.domain.attendance;

import java.util.Collection;

/**
 * Attendance counted over meetings: the rate is the meetings attended (present or late) over the meetings the
 * learner was expected at, that is every marked meeting except excused absences. {@code null} rate when nothing
 * was expected yet.
 */
public record AttendanceRate(int present, int late, int absent, int excused) {

    public static AttendanceRate of(Collection<AttendanceMark> marks) {
        int present = 0;
        int late = 0;
        int absent = 0;
        int excused = 0;
        for (AttendanceMark mark : marks) {
            switch (mark) {
                case PRESENT -> present++;
                case LATE -> late++;
                case ABSENT -> absent++;
                case EXCUSED -> excused++;
            }
        }
        return new AttendanceRate(present, late, absent, excused);
    }

    public int attended() {
        return present + late;
    }

    public int expected() {
        return present + late + absent;
    }

    /** Between 0 and 1; {@code null} when no meeting was expected. */
    public Double rate() {
        return expected() == 0 ? null : (double) attended() / expected();
    }

    public AttendanceRate plus(AttendanceRate other) {
        return new AttendanceRate(present + other.present, late + other.late, absent + other.absent,
                excused + other.excused);
    }
}
