package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.attendance.JpaAttendanceSheets;
import be.pfe.operations.domain.calendar.JpaMeetings;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.enrolment.JpaEnrolments;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.scheduling.attendance.AttendanceRecording;
import be.pfe.operations.scheduling.seats.Seating;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Attendance from a CSV file, row by row, with the grid's rules (2043). */
class AttendanceImportTest {

    private static final LocalDate START = LocalDate.of(2043, 5, 4);
    private static final Clock SECOND_WEEK = Seating.clockOn(START.plusDays(8));
    private final TestDatabase database = TestDatabase.shared();
    private final Seating seating = new Seating(database, Seating.clockOn(START.minusDays(10)));
    private long held;
    private long cancelled;
    private long nextWeek;
    private long seated;
    private long waiting;

    @BeforeEach
    void aSessionWithMeetings() {
        database.deleteOperationalData();
        long session = seating.session("ATT-IMP", 1, START);
        seated = seating.screened(session, null);
        waiting = seating.screened(session, null);
        seating.admit(seated);
        seating.admit(waiting);
        List<Long> meetings = database.inTransaction(em -> {
            CourseSession course = em.find(CourseSession.class, session);
            List<Meeting> created = List.of(meeting(course, START), meeting(course, START.plusDays(1)),
                    meeting(course, START.plusDays(14)));
            new JpaMeetings(em).addAll(created);
            em.flush();
            created.get(1).cancel("trainer ill");
            return created.stream().map(Meeting::id).toList();
        });
        held = meetings.get(0);
        cancelled = meetings.get(1);
        nextWeek = meetings.get(2);
    }

    private static Meeting meeting(CourseSession session, LocalDate day) {
        return new Meeting(session, new MeetingTime(day, LocalTime.of(9, 0), LocalTime.of(12, 30)));
    }

    private AttendanceRowStore store(EntityManager em) {
        JpaEnrolments enrolments = new JpaEnrolments(em);
        return new AttendanceRowStore(new AttendanceRecording(new JpaMeetings(em), enrolments,
                new JpaAttendanceSheets(em), seating.seats(em), SECOND_WEEK));
    }

    private TableImport<AttendanceColumn, AttendanceRow> attendanceImport() {
        return Imports.attendance(RowTransactions.eachInItsOwn(database, this::store));
    }

    @Test
    void recordsTheGoodMarksReportsEachBadRowAndChangesNothingTheSecondTime() {
        byte[] file = ("meeting;enrolment;mark\n"
                + held + ";" + seated + ";Présent\n"
                + cancelled + ";" + seated + ";PRESENT\n"
                + nextWeek + ";" + seated + ";ABSENT\n"
                + held + ";" + waiting + ";LATE\n"
                + held + ";" + seated + ";maybe\n"
                + "x;" + seated + ";ABSENT\n"
                + "987654;" + seated + ";EXCUSED\n").getBytes(StandardCharsets.UTF_8);

        ImportReport preview = attendanceImport().preview(file);
        assertEquals(List.of(RowOutcome.MARK, RowOutcome.ERROR, RowOutcome.ERROR, RowOutcome.ERROR, RowOutcome.ERROR,
                RowOutcome.ERROR, RowOutcome.ERROR), preview.rows().stream().map(ImportedRow::outcome).toList());
        assertEquals(List.of("attendance.meeting.cancelled", "attendance.meeting.future", "attendance.enrolment.noSeat",
                        "import.value.notAllowed", "import.value.invalid", "meeting.unknown"),
                preview.rows().stream().skip(1).map(row -> row.errors().get(0).messageKey()).toList());
        assertEquals(0, database.count("attendance"));

        ImportReport imported = attendanceImport().run(file, "trainer.tom", count -> { });
        assertEquals(1, imported.count(RowOutcome.MARK));
        assertEquals(6, imported.count(RowOutcome.ERROR));
        assertEquals(1, database.count("attendance where mark = 'PRESENT' and recorded_by = 'trainer.tom'"));

        ImportReport again = attendanceImport().run(file, "trainer.tom", count -> { });
        assertEquals(1, again.count(RowOutcome.UNCHANGED));
        assertEquals(1, database.count("attendance"));

        byte[] corrected = ("meeting,enrolment,mark\n" + held + "," + seated + ",excused\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(RowOutcome.MARK, attendanceImport().run(corrected, "trainer.tom", count -> { }).rows().get(0).outcome());
        assertEquals(1, database.count("attendance where mark = 'EXCUSED'"), "a corrected mark replaces the earlier one");
    }
}
