package be.pfe.operations.domain.room;

import java.util.List;
import java.util.Optional;

/** The rooms of the centres. */
public interface Rooms {

    List<Room> ofCentre(String centreCode);

    Optional<Room> byId(long id);

    /**
     * The room, locked for the rest of the transaction so that two bookings of the same room are checked
     * one after the other, also across application instances.
     */
    Optional<Room> byCodeForBooking(String centreCode, String roomCode);

    Room add(Room room);

    /** The room of the centre with this code, without a lock. */
    Optional<Room> byCode(String centreCode, String roomCode);
}
