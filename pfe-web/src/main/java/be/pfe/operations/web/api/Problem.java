package be.pfe.operations.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error answer of the REST API, as an RFC 9457 problem document ({@code application/problem+json}).
 * {@code detail} and the field messages are in the language the client asked for (Accept-Language).
 *
 * @param code   a stable, machine-readable reason (the message key), e.g. {@code meeting.outsideSession}
 * @param errors    the input fields concerned, each with its own message
 * @param conflicts the scheduling conflicts that refused a change, each explained (absent otherwise)
 * @param requestId the request's id ({@code X-Request-Id}, sent by the client or given by the server), also in the
 *                  server's log lines of the request: the reference to quote to the support desk
 */
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      List<FieldError> errors, List<ConflictDto> conflicts, String requestId) {

    public Problem(String type, String title, int status, String detail, String instance, String code,
                   List<FieldError> errors, List<ConflictDto> conflicts) {
        this(type, title, status, detail, instance, code, errors, conflicts,
                be.pfe.operations.web.platform.RequestIds.current());
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One scheduling conflict, explained; {@code mode} says whether it blocks or may be accepted. */
    @Schema(name = "ConflictView")
    public record ConflictDto(String kind, String label, String mode, java.time.LocalDate date,
                               java.time.LocalTime start, java.time.LocalTime end, Long otherSessionId,
                               String message) {
    }

    /** One input field that was refused. */
    public record FieldError(String field, String code, String message) {
    }
}
