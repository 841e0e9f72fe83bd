package be.pfe.operations.domain.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Marks are plain rows written in one statement per learner (insert, or replace the earlier mark), in the order of the
 * enrolments: the summary of attended meetings (V19) that each mark updates is then locked in one order by sheets
 * recorded at once for meetings of the same month.
 */
@ApplicationScoped
public class JpaAttendanceSheets implements AttendanceSheets {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaAttendanceSheets() {
        // for CDI
    }

    public JpaAttendanceSheets(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void record(long meetingId, Map<Long, AttendanceMark> marks, String recordedBy, OffsetDateTime at) {
        new TreeMap<>(marks).forEach((enrolment, mark) -> entityManager.createNativeQuery("""
                        insert into attendance (meeting_id, enrolment_id, mark, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (meeting_id, enrolment_id) do update
                        set mark = excluded.mark, recorded_by = excluded.recorded_by,
                            recorded_at = excluded.recorded_at""")
                .setParameter(1, meetingId)
                .setParameter(2, enrolment)
                .setParameter(3, mark.name())
                .setParameter(4, recordedBy)
                .setParameter(5, at)
                .executeUpdate());
    }

    @Override
    public List<AttendanceEntry> ofSession(long sessionId) {
        List<AttendanceEntry> entries = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery("""
                        select a.meeting_id, a.enrolment_id, a.mark from attendance a
                        join meeting m on m.id = a.meeting_id
                        where m.session_id = ? order by m.meeting_date, m.start_time, a.enrolment_id""")
                .setParameter(1, sessionId)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            entries.add(new AttendanceEntry(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue(),
                    AttendanceMark.valueOf((String) columns[2])));
        }
        return entries;
    }

    @Override
    public Optional<AttendanceMark> markOf(long meetingId, long enrolmentId) {
        return entityManager.createNativeQuery("select mark from attendance where meeting_id = ? and enrolment_id = ?")
                .setParameter(1, meetingId)
                .setParameter(2, enrolmentId)
                .getResultStream().findFirst().map(mark -> AttendanceMark.valueOf((String) mark));
    }
}
