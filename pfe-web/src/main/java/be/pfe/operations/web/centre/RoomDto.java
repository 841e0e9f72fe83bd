package be.pfe.operations.web.centre;

import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.room.RoomType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A room as the API and the pages show it. */
@Schema(name = "RoomView")
public record RoomDto(String code, String name, RoomType type, int seatCapacity, java.util.List<String> equipment,
                       long version) {

    static RoomDto of(Room room) {
        return new RoomDto(room.code(), room.name(), room.type(), room.seatCapacity(),
                room.equipment().stream().sorted().toList(), room.version());
    }
}
