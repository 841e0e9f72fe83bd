package be.pfe.operations.web.timetabling;

import be.pfe.operations.domain.shared.DateRange;

import java.time.Duration;
import java.time.LocalDate;

/**
 * A request to plan a term automatically: the centre (none: the four centres), the term, and how long the solver
 * may search (default {@value #DEFAULT_TIME_LIMIT_SECONDS} s); or, with {@code absentTrainer} (a trainer's
 * code), to re-plan the sessions that trainer teaches during the term because they cannot teach them.
 */
public record JobRequest(String centre, LocalDate termStart, LocalDate termEnd, Integer timeLimitSeconds,
                         String absentTrainer) {

    public static final int DEFAULT_TIME_LIMIT_SECONDS = 60;

    String centreCode() {
        return centre == null || centre.isBlank() ? null : centre.strip();
    }

    String absentTrainerCode() {
        return absentTrainer == null || absentTrainer.isBlank() ? null : absentTrainer.strip();
    }

    DateRange term() {
        return termStart == null || termEnd == null ? null : new DateRange(termStart, termEnd);
    }

    Duration timeLimit() {
        return Duration.ofSeconds(timeLimitSeconds == null ? DEFAULT_TIME_LIMIT_SECONDS : timeLimitSeconds);
    }
}
