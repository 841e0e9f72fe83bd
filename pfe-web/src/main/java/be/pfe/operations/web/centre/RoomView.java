package be.pfe.operations.web.centre;

import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.room.RoomType;

/** A room as the API and the pages show it. */
public record RoomView(String code, String name, RoomType type, int seatCapacity, java.util.List<String> equipment,
                       long version) {

    static RoomView of(Room room) {
        return new RoomView(room.code(), room.name(), room.type(), room.seatCapacity(),
                room.equipment().stream().sorted().toList(), room.version());
    }
}
