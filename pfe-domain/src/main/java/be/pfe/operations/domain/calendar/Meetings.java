package be.pfe.operations.domain.calendar;

import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.trainer.Trainer;

import java.util.Collection;
import java.util.List;

/** The dated meetings of the course sessions. */
public interface Meetings {

    List<Meeting> ofSession(long sessionId);

    java.util.Optional<Meeting> byId(long id);

    /** All meetings (cancelled ones too) of a centre's sessions during the period, for its calendar. */
    List<Meeting> ofCentreDuring(String centreCode, DateRange period);

    void addAll(List<Meeting> meetings);

    /** All meetings (cancelled ones too) held in a centre's room during the period, for calendar feeds. */
    List<Meeting> ofRoomDuring(String centreCode, String roomCode, DateRange period);

    /** All meetings (cancelled ones too) of the sessions a trainer teaches during the period. */
    List<Meeting> ofTrainerDuring(String trainerCode, DateRange period);

    /**
     * Scheduled meetings of (not cancelled) sessions held in these rooms during the period, but those of the
     * excluded session ({@code -1} excludes none).
     */
    List<Meeting> scheduledInRoomsDuring(Collection<Room> rooms, DateRange period, long excludedSessionId);

    /**
     * Scheduled meetings of (not cancelled) sessions that these trainers teach during the period, but those
     * of the excluded session ({@code -1} excludes none).
     */
    List<TrainerBooking> scheduledForTrainersDuring(Collection<Trainer> trainers, DateRange period,
                                                   long excludedSessionId);

    /**
     * The trainers of these sessions, with their qualifications, availability and absences, and the equipment
     * of their rooms and courses: one statement per kind, whatever the number of sessions.
     */
    SchedulingFacts factsOf(Collection<CourseSession> sessions);

    /** A meeting one trainer teaches. */
    record TrainerBooking(Trainer trainer, Meeting meeting) {
    }
}
