package be.pfe.operations.domain.timetabling;

import be.pfe.operations.domain.calendar.WeeklySlot;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.util.Objects;

/** One weekly lesson of an unplaced session as a timetabling proposal places it: a slot, a room and a trainer. */
@Embeddable
public class ProposedLesson {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Embedded
    private WeeklySlot slot;

    @Column(name = "room_id", nullable = false)
    private long roomId;

    @Column(name = "trainer_id", nullable = false)
    private long trainerId;

    protected ProposedLesson() {
        // for JPA
    }

    public ProposedLesson(long sessionId, WeeklySlot slot, long roomId, long trainerId) {
        this.sessionId = sessionId;
        this.slot = Objects.requireNonNull(slot, "slot");
        this.roomId = roomId;
        this.trainerId = trainerId;
    }

    public long sessionId() {
        return sessionId;
    }

    public WeeklySlot slot() {
        return slot;
    }

    public long roomId() {
        return roomId;
    }

    public long trainerId() {
        return trainerId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProposedLesson that && sessionId == that.sessionId && slot.equals(that.slot)
                && roomId == that.roomId && trainerId == that.trainerId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sessionId, slot, roomId, trainerId);
    }
}
