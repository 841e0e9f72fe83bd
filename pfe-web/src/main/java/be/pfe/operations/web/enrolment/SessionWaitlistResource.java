package be.pfe.operations.web.enrolment;

import be.pfe.operations.scheduling.seats.WaitlistPlace;
import be.pfe.operations.web.api.Identifiers;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The waitlist of a session (rooted at the full path, like {@link SessionSeatsResource}). */
@Path("v1/sessions/{id}/waitlist")
@Produces(MediaType.APPLICATION_JSON)
public class SessionWaitlistResource {

    @Inject
    Enrolling enrolling;

    @GET
    @Operation(summary = "The waitlist of a session, in the order it will be served, with each learner's place")
    public List<WaitlistPlace> waitlist(@PathParam("id") String id) {
        return enrolling.waitlist(Identifiers.of("id", id));
    }
}
