package be.pfe.operations.domain.room;

/** What a room is equipped for. */
public enum RoomType {
    CLASSROOM,
    LAB,
    WORKSHOP,
    AUDITORIUM,
    STUDIO
}
