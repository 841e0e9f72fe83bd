package be.pfe.operations.scheduling.conflict;

import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.session.CourseSession;

/**
 * A conflict one of the stored meetings has now.
 *
 * @param meeting the meeting concerned; for a conflict of the session as a whole, the first of its meetings
 *                that was looked at
 */
public record FoundConflict(CourseSession session, Meeting meeting, Conflict conflict) {

    /** True when the conflict concerns the session as a whole (room too small, trainer not qualified...). */
    public boolean sessionWide() {
        return conflict.meeting() == null;
    }
}
