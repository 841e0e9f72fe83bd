package be.pfe.operations.web.calendar;

import java.time.Clock;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingStatus;
import be.pfe.operations.domain.calendar.Meetings;
import be.pfe.operations.domain.room.Rooms;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.trainer.Trainers;
import be.pfe.operations.scheduling.calendar.CalendarEvent;
import be.pfe.operations.scheduling.calendar.ICalendarWriter;
import be.pfe.operations.web.i18n.Messages;
import be.pfe.operations.web.session.Sessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The iCalendar feeds staff and trainers subscribe to: one per session, per room and per trainer, from six
 * months back to eighteen months ahead. Each meeting keeps its UID for good; a cancelled one stays, marked
 * cancelled, so that subscribed calendars remove it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CalendarFeeds {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    private final ICalendarWriter writer = new ICalendarWriter();

    @Inject
    Meetings meetings;
    @Inject
    Sessions sessions;
    @Inject
    Rooms rooms;
    @Inject
    Trainers trainers;
    @Inject
    Actor actor;

    public String ofSession(long sessionId, Language language) {
        var session = sessions.byId(sessionId);
        return writer.write(session.courseCode() + " - " + session.title(language),
                events(meetings.ofSession(sessionId), language));
    }

    public String ofRoom(String centreCode, String roomCode, Language language) {
        actor.require(Access.RECORDS, centreCode);
        if (rooms.ofCentre(centreCode).stream().noneMatch(room -> room.code().equals(roomCode))) {
            throw new NotFoundException("room.unknown", null, roomCode, centreCode);
        }
        return writer.write(Messages.text(language.locale(), "calendar.room", roomCode, centreCode),
                events(meetings.ofRoomDuring(centreCode, roomCode, window()), language));
    }

    /** A trainer teaches in several centres: the feed holds the meetings of the centres the actor may read. */
    public String ofTrainer(String trainerCode, Language language) {
        actor.requireAny(Access.RECORDS);
        Actor.CentreScope readable = actor.scope(Access.RECORDS);
        var trainer = trainers.byCode(trainerCode)
                .orElseThrow(() -> new NotFoundException("trainer.unknown", null, trainerCode));
        return writer.write(Messages.text(language.locale(), "calendar.trainer", trainer.name()),
                events(meetings.ofTrainerDuring(trainerCode, window()).stream()
                        .filter(meeting -> readable.includes(meeting.session().centre().code())).toList(), language));
    }

    private DateRange window() {
        LocalDate today = LocalDate.now(clock);
        return new DateRange(today.minusMonths(6), today.plusMonths(18));
    }

    private static List<CalendarEvent> events(List<Meeting> meetings, Language language) {
        return meetings.stream().map(meeting -> event(meeting, language)).toList();
    }

    private static CalendarEvent event(Meeting meeting, Language language) {
        CourseSession session = meeting.session();
        String location = session.centre().name() + (session.room() == null ? "" : ", " + session.room().code());
        return new CalendarEvent("meeting-" + meeting.id() + "@pfe-operations",
                session.course().code() + " " + session.course().title().in(language),
                meeting.cancellationReason(), location, meeting.time().date(), meeting.time().start(),
                meeting.time().end(), meeting.status() == MeetingStatus.CANCELLED,
                Math.toIntExact(meeting.version()), meeting.changedAt().toInstant());
    }
}
