package be.pfe.operations.domain.room;

import java.util.List;

/** A room as typed in the page or sent to the API: code (kept once created), name, type, seats and equipment. */
public record RoomInput(String code, String name, RoomType type, Integer seatCapacity, List<String> equipment) {
}
