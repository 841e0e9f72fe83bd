package be.pfe.operations.web.session;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.calendar.Meetings;
import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.scheduling.conflict.SessionTimetabling;
import be.pfe.operations.domain.access.RecordAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * What the pages and the API do with a session's times: read its meetings, give it a weekly pattern, move it
 * by some days, cancel a meeting, add a make-up one. Each change is refused with every conflict explained, and
 * nothing saved, when the centre does not allow it.
 */
@ApplicationScoped
@Transactional
public class SessionCalendar {

    @Inject
    Sessions sessions;
    @Inject
    Meetings meetings;
    @Inject
    SessionTimetabling timetabling;
    @Inject
    RecordAccess access;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeetingDto> meetings(long sessionId) {
        sessions.byId(sessionId);
        return meetings.ofSession(sessionId).stream().map(MeetingDto::of).toList();
    }

    /** Sets the pattern and regenerates the meetings; refused with every conflict explained, nothing saved. */
    public List<MeetingDto> setWeeklyPattern(long sessionId, List<WeeklySlot> pattern,
                                              ConflictGate.Acceptance acceptance) {
        access.toSession(Access.PLANNING, sessionId);
        timetabling.setWeeklyPattern(sessionId, pattern, acceptance);
        return meetings.ofSession(sessionId).stream().map(MeetingDto::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingDto meeting(long meetingId) {
        access.toMeeting(Access.RECORDS, meetingId);
        return MeetingDto.of(meetings.byId(meetingId).orElseThrow());
    }

    /** Moves the session and its meetings still to take place by some days; returns all its meetings. */
    public List<MeetingDto> shift(long sessionId, Integer days, ConflictGate.Acceptance acceptance) {
        if (days == null) {
            throw new BusinessRuleException("meeting.shift.daysInvalid", "days", SessionTimetabling.MAX_SHIFT_DAYS);
        }
        access.toSession(Access.PLANNING, sessionId);
        timetabling.shiftMeetings(sessionId, days, acceptance);
        return meetings.ofSession(sessionId).stream().map(MeetingDto::of).toList();
    }

    public MeetingDto addMeeting(long sessionId, MeetingTime time, ConflictGate.Acceptance acceptance) {
        access.toSession(Access.PLANNING, sessionId);
        return MeetingDto.of(timetabling.addMeeting(sessionId, time, acceptance));
    }

    public MeetingDto cancel(long meetingId, String reason) {
        access.toMeeting(Access.PLANNING, meetingId);
        return MeetingDto.of(timetabling.cancelMeeting(meetingId, reason));
    }

    public MeetingDto move(long meetingId, MeetingTime time, ConflictGate.Acceptance acceptance) {
        return move(meetingId, time, acceptance, null);
    }

    /** Moves a meeting; one of a past day only by an administrator, with the reason (recorded). */
    public MeetingDto move(long meetingId, MeetingTime time, ConflictGate.Acceptance acceptance, String reason) {
        access.toMeeting(Access.PLANNING, meetingId);
        timetabling.moveMeeting(meetingId, time, acceptance, reason);
        return meeting(meetingId);
    }
}
