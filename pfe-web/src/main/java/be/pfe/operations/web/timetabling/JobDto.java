package be.pfe.operations.web.timetabling;

import be.pfe.operations.domain.timetabling.TimetablingJobStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A timetabling job as the API and the page show it: its request, its progress, and its proposal with what the
 * proposal still breaks, all explained in the reader's language.
 */
@Schema(name = "JobView")
public record JobDto(long id, String centre, String absentTrainer, LocalDate termStart, LocalDate termEnd, TimetablingJobStatus status,
                      String statusLabel, int timeLimitSeconds, String requestedBy, OffsetDateTime requestedAt,
                      OffsetDateTime startedAt, OffsetDateTime finishedAt, int sessionsToPlace, int lessonsToPlace,
                      Score score, Double firstFeasibleSeconds, int progressPercent, String failure,
                      List<ProposedSession> proposal, List<RuleSummary> summary, List<ViolationDto> violations) {

    /** Hard, medium (disruption) and soft (preferences) penalties of the best timetable; all 0 is perfect. */
    public record Score(int hard, int medium, int soft) {
    }

    /** One session as the proposal places it: room, trainer and weekly slots. */
    public record ProposedSession(long sessionId, String course, String courseTitle, String room, String trainer,
                                  List<String> slots) {

        public String slotsText() {
            return String.join(", ", slots);
        }
    }

    /** How many times one rule is broken, and what that costs. */
    public record RuleSummary(String rule, String level, String explanation, int matches, int weight) {
    }

    /** One broken rule with the sessions involved. */
    @Schema(name = "ViolationView")
    public record ViolationDto(String rule, String level, String explanation, int weight, List<String> sessions) {

        public String sessionsText() {
            return String.join(", ", sessions);
        }
    }

    public boolean active() {
        return status.isActive();
    }

    public boolean proposed() {
        return status == TimetablingJobStatus.PROPOSED;
    }
}
