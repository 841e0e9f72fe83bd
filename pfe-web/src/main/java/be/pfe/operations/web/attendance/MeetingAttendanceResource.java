package be.pfe.operations.web.attendance;

import be.pfe.operations.web.api.Identifiers;
import be.pfe.operations.web.api.InvalidRequestException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The attendance of one meeting, for a whole group at once. */
@Path("v1/meetings/{id}/attendance")
public class MeetingAttendanceResource {

    @Inject
    Attendance recording;
    @Inject
    be.pfe.operations.web.api.RecordVersions versions;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record who attended a meeting (PRESENT, ABSENT, EXCUSED, LATE per enrolment id); "
            + "a mark entered again replaces the earlier one")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "422", description = "Refused: nothing was recorded")
    public Response record(@PathParam("id") String id,
                           @jakarta.ws.rs.HeaderParam(jakarta.ws.rs.core.HttpHeaders.IF_MATCH) String ifMatch,
                           AttendanceInput input) {
        if (input == null) {
            throw InvalidRequestException.missingBody();
        }
        long meeting = Identifiers.of("id", id);
        // the marks are the meeting's: recording them moves the meeting's version (its ETag)
        var recorded = versions.change(be.pfe.operations.web.api.RecordVersions.Kind.MEETING, meeting, ifMatch, () -> {
            recording.record(meeting, input.marksByEnrolment());
            return Boolean.TRUE;
        });
        return Response.noContent().tag(new jakarta.ws.rs.core.EntityTag(Long.toString(recorded.version()))).build();
    }
}
