package be.pfe.operations.web.conflict;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One conflict a scheduled meeting has now, as the conflicts list and the API show it.
 *
 * @param mode           whether the centre blocks this kind of conflict or only warns ({@code BLOCK}, {@code WARN})
 * @param sessionWide    true when the conflict concerns the whole session (shown with its first meeting)
 * @param otherSessionId the session it clashes with, or {@code null}
 * @param message        the conflict explained in the user's language
 */
public record ConflictItem(String kind, String label, String mode, long meetingId, LocalDate date, LocalTime start,
                           LocalTime end, long sessionId, String centre, String courseCode, String courseTitle,
                           String roomCode, boolean sessionWide, Long otherSessionId, String message) {
}
