package be.pfe.operations.web.centre;

import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.room.RoomType;

import java.util.List;

/** One room with what it is equipped with, as the API shows it. */
public record RoomDetails(String centre, String code, String name, RoomType type, int seatCapacity,
                          List<String> equipment, long version) {

    static RoomDetails of(Room room) {
        return new RoomDetails(room.centre().code(), room.code(), room.name(), room.type(), room.seatCapacity(),
                room.equipment().stream().sorted().toList(), room.version());
    }
}
