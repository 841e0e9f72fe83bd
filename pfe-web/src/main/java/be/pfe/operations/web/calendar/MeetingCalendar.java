package be.pfe.operations.web.calendar;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.calendar.MeetingStatus;
import be.pfe.operations.domain.calendar.Meetings;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.scheduling.conflict.ConflictDetector;
import be.pfe.operations.scheduling.conflict.FoundConflict;
import be.pfe.operations.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The meetings a calendar page shows (a centre's, one room's, or one trainer's in every centre), each with the
 * conflicts it has now, explained.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingCalendar {

    @Inject
    Meetings meetings;
    @Inject
    ConflictDetector detector;
    @Inject
    Actor actor;

    /**
     * The meetings during the period: of the trainer when one is given (in every centre), else of the room
     * when one is given, else of the centre.
     */
    public List<CalendarEntry> entries(String centreCode, String roomCode, String trainerCode, DateRange period,
                                       Language language) {
        List<Meeting> found;
        if (trainerCode != null) {
            // a trainer works in several centres: the user sees the meetings of the centres they may read
            actor.requireAny(Access.RECORDS);
            found = meetings.ofTrainerDuring(trainerCode, period).stream()
                    .filter(meeting -> actor.may(Access.RECORDS, meeting.session().centre().code()))
                    .toList();
        } else {
            actor.require(Access.RECORDS, centreCode);
            found = roomCode != null ? meetings.ofRoomDuring(centreCode, roomCode, period)
                    : meetings.ofCentreDuring(centreCode, period);
        }
        // a conflict of a whole session (a trainer not qualified...) is shown on each of its meetings
        Map<Long, List<String>> ofMeeting = new HashMap<>();
        Map<Long, List<String>> ofSession = new HashMap<>();
        for (FoundConflict conflict : detector.conflictsAmong(found, period)) {
            (conflict.sessionWide() ? ofSession.computeIfAbsent(conflict.session().id(), id -> new ArrayList<>())
                    : ofMeeting.computeIfAbsent(conflict.meeting().id(), id -> new ArrayList<>()))
                    .add(Messages.of(conflict.conflict(), language.locale()));
        }
        return found.stream().map(meeting -> {
            boolean cancelled = meeting.status() == MeetingStatus.CANCELLED;
            List<String> conflicts = new ArrayList<>();
            if (!cancelled) {
                conflicts.addAll(ofMeeting.getOrDefault(meeting.id(), List.of()));
                conflicts.addAll(ofSession.getOrDefault(meeting.session().id(), List.of()));
            }
            return new CalendarEntry(meeting.id(), meeting.session().id(), meeting.session().course().code(),
                    meeting.session().course().title().in(language),
                    meeting.session().room() == null ? null : meeting.session().room().code(),
                    meeting.time().date(), meeting.time().start(), meeting.time().end(), cancelled, conflicts);
        }).toList();
    }
}
