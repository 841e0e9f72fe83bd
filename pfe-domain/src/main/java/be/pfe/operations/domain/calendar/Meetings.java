package be.pfe.operations.domain.calendar;

import be.pfe.operations.domain.room.Room;
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

    /** Scheduled meetings of other (not cancelled) sessions held in the room during the period. */
    List<Meeting> scheduledInRoomDuring(Room room, DateRange period, long excludedSessionId);

    /** Scheduled meetings of other (not cancelled) sessions that these trainers teach during the period. */
    List<TrainerBooking> scheduledForTrainersDuring(Collection<Trainer> trainers, DateRange period,
                                                   long excludedSessionId);

    /** A meeting one trainer teaches. */
    record TrainerBooking(Trainer trainer, Meeting meeting) {
    }
}
