package be.pfe.operations.web.session;

import be.pfe.operations.domain.calendar.Meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting of a session, in Brussels local time. */
public record MeetingView(long id, long sessionId, LocalDate date, LocalTime start, LocalTime end, String status,
                          String cancellationReason) {

    static MeetingView of(Meeting meeting) {
        return new MeetingView(meeting.id(), meeting.session().id(), meeting.time().date(), meeting.time().start(),
                meeting.time().end(), meeting.status().name(), meeting.cancellationReason());
    }
}
