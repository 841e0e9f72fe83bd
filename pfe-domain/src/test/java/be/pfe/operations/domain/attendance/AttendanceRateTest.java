package be.pfe.operations.domain.attendance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static be.pfe.operations.domain.attendance.AttendanceMark.ABSENT;
import static be.pfe.operations.domain.attendance.AttendanceMark.EXCUSED;
import static be.pfe.operations.domain.attendance.AttendanceMark.LATE;
import static be.pfe.operations.domain.attendance.AttendanceMark.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AttendanceRateTest {

    @Test
    void lateCountsAsAttendedAndExcusedAbsencesAreNotExpected() {
        AttendanceRate rate = AttendanceRate.of(List.of(PRESENT, LATE, ABSENT, EXCUSED, PRESENT));
        assertEquals(3, rate.attended());
        assertEquals(4, rate.expected());
        assertEquals(0.75, rate.rate());
    }

    @Test
    void noRateBeforeAnyExpectedMeeting() {
        assertNull(AttendanceRate.of(List.of()).rate());
        assertNull(AttendanceRate.of(List.of(EXCUSED)).rate());
    }

    @Test
    void ratesAddUpForASession() {
        AttendanceRate total = AttendanceRate.of(List.of(PRESENT, ABSENT)).plus(AttendanceRate.of(List.of(PRESENT, PRESENT)));
        assertEquals(new AttendanceRate(3, 0, 1, 0), total);
        assertEquals(0.75, total.rate());
    }
}
