package be.pfe.operations.scheduling.timetabling;

import be.pfe.operations.domain.room.Room;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.trainer.Trainer;

import java.util.Map;

/**
 * The sessions, rooms and trainers a timetabling job's proposal and remaining violations name, by id, so that a
 * view of the job can show their names ({@link AutomaticTimetabling#records}).
 */
public record JobRecords(Map<Long, CourseSession> sessions, Map<Long, Room> rooms, Map<Long, Trainer> trainers) {
}
