package be.pfe.operations.scheduling.timetabling;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

import java.util.Objects;
import java.util.Set;

/**
 * A room the solver may give a lesson: where it is (centre code), what it is for (room type, e.g.
 * {@code WORKSHOP}), how many learners it seats, and the equipment it offers (e.g. {@code forklift},
 * {@code welding-booths}).
 * <p>
 * Equality is the id alone: the solver hashes rooms on every move, and two rooms with the same id are the same
 * room.
 */
public final class RoomResource {

    @PlanningId
    private final String id;
    private final String centreCode;
    private final String roomType;
    private final int seats;
    private final Set<String> equipment;

    public RoomResource(String id, String centreCode, String roomType, int seats, Set<String> equipment) {
        this.id = Objects.requireNonNull(id, "id");
        this.centreCode = Objects.requireNonNull(centreCode, "centreCode");
        this.roomType = Objects.requireNonNull(roomType, "roomType");
        if (seats <= 0) {
            throw new IllegalArgumentException("A room seats at least one learner: " + id + " has " + seats);
        }
        this.seats = seats;
        this.equipment = Set.copyOf(equipment);
    }

    public String id() {
        return id;
    }

    public String centreCode() {
        return centreCode;
    }

    public String roomType() {
        return roomType;
    }

    public int seats() {
        return seats;
    }

    public Set<String> equipment() {
        return equipment;
    }

    /**
     * True when this room is of the type the lesson asks for ({@code null}: any type) and offers every piece of
     * equipment it needs.
     */
    public boolean suits(String requiredRoomType, Set<String> requiredEquipment) {
        return (requiredRoomType == null || roomType.equals(requiredRoomType)) && equipment.containsAll(requiredEquipment);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoomResource that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
