package be.pfe.operations.domain.course;

import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.room.RoomType;
import be.pfe.operations.domain.shared.Language;

import java.util.List;

/**
 * What a course of the catalogue is, as typed in the page or sent to the API: its code (kept once created), titles in
 * French, Dutch and English, kind (a unit of competence names its occupation), sector, providing partner (by code),
 * teaching language by default, hours, shortage-occupation flag, target groups, the room type and equipment it needs,
 * and the trainers qualified for it (by code).
 */
public record CourseDetails(String code, String titleFr, String titleNl, String titleEn, CourseKind kind,
                            String occupation, Sector sector, String providingPartner, Language teachingLanguage,
                            Integer durationHours, boolean shortageOccupation, List<TargetGroup> targetGroups,
                            RoomType requiredRoomType, List<String> requiredEquipment,
                            List<String> qualifiedTrainers) {
}
