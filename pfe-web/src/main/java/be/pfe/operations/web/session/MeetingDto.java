package be.pfe.operations.web.session;

import be.pfe.operations.domain.calendar.Meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meeting of a session, in Brussels local time. */
@Schema(name = "MeetingView")
public record MeetingDto(long id, long sessionId, LocalDate date, LocalTime start, LocalTime end, String status,
                          String cancellationReason) {

    static MeetingDto of(Meeting meeting) {
        return new MeetingDto(meeting.id(), meeting.session().id(), meeting.time().date(), meeting.time().start(),
                meeting.time().end(), meeting.status().name(), meeting.cancellationReason());
    }
}
