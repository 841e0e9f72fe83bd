package be.pfe.operations.web.attendance;

import be.pfe.operations.web.api.Identifiers;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The attendance rates of a session (rooted at the full path, like the session's seats). */
@Path("v1/sessions/{id}/attendance")
@Produces(MediaType.APPLICATION_JSON)
public class SessionAttendanceResource {

    @Inject
    Attendance recording;

    @GET
    @Operation(summary = "Attendance rate per learner and for the session")
    public AttendanceDto attendance(@PathParam("id") String id) {
        return AttendanceDto.of(recording.ofSession(Identifiers.of("id", id)));
    }
}
