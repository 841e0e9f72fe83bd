package be.pfe.operations.web.learner;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.RecordAccess;
import be.pfe.operations.domain.learner.LearnerRegistration;
import be.pfe.operations.domain.learner.Learners;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.web.api.Created;
import be.pfe.operations.web.api.Identifiers;
import be.pfe.operations.web.api.InvalidRequestException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;

/** Learners: registered with a body (the national register number never travels in a URL), read by id. */
@Path("v1/learners")
@Produces(MediaType.APPLICATION_JSON)
public class LearnerResource {

    @Inject
    LearnerRegistration registration;
    @Inject
    Learners learners;
    @Inject
    RecordAccess access;
    @Inject
    Actor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a learner (refused when the same person is already registered)")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "Already registered: same national register number, or same name and birth date")
    @APIResponse(responseCode = "422", description = "A rule refused the details (the problem names the field)")
    public Response register(LearnerInput input, @Context UriInfo uri) {
        if (input == null) {
            throw InvalidRequestException.missingBody();
        }
        String centre = input.centre() != null ? input.centre()
                : actor.scope(Access.PLANNING).single().orElse(null);
        if (centre == null && !actor.may(Access.PLANNING, null)) {
            throw new BusinessRuleException("learner.centre.required", "centre");
        }
        LearnerView registered = LearnerView.of(centre == null ? registration.register(input.toDetails())
                : registration.register(input.toDetails(), centre), LocalDate.now());
        return Created.at(uri, registered.id(), registered);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One learner (the national register number masked)")
    public LearnerView get(@PathParam("id") String id) {
        long learnerId = Identifiers.of("id", id);
        access.toLearner(Access.PERSONAL_DATA, learnerId);
        return learners.byId(learnerId).map(learner -> LearnerView.of(learner, LocalDate.now()))
                .orElseThrow(() -> new NotFoundException("learner.unknown", null, learnerId));
    }
}
