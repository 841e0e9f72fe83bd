package be.pfe.operations.web.calendar;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingStatus;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.calendar.Meetings;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.scheduling.conflict.SessionTimetabling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** The meetings a calendar page shows (a centre's, or one room's), and moving one of them. */
@ApplicationScoped
@Transactional
public class MeetingCalendar {

    @Inject
    Meetings meetings;
    @Inject
    SessionTimetabling timetabling;
    @Inject
    Actor actor;

    /** The meetings of the centre (or of one of its rooms) during the period. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarEntry> entries(String centreCode, String roomCode, DateRange period, Language language) {
        actor.require(Access.RECORDS, centreCode);
        List<Meeting> found = roomCode == null ? meetings.ofCentreDuring(centreCode, period)
                : meetings.ofRoomDuring(centreCode, roomCode, period);
        return found.stream().map(meeting -> new CalendarEntry(meeting.id(), meeting.session().id(),
                meeting.session().course().code(), meeting.session().course().title().in(language),
                meeting.session().room() == null ? null : meeting.session().room().code(),
                meeting.time().date(), meeting.time().start(), meeting.time().end(),
                meeting.status() == MeetingStatus.CANCELLED)).toList();
    }

    /** Moves a meeting; refused with every conflict explained (and nothing changed) when the centre does not allow it. */
    public MeetingTime move(long meetingId, MeetingTime time, ConflictGate.Acceptance acceptance) {
        Meeting meeting = meetings.byId(meetingId)
                .orElseThrow(() -> new NotFoundException("meeting.unknown", null, meetingId));
        actor.require(Access.PLANNING, meeting.session().centre().code());
        return timetabling.moveMeeting(meetingId, time, acceptance);
    }
}
