package be.pfe.operations.web.trainer;

import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.web.api.ProblemResponses;
import be.pfe.operations.domain.trainer.TrainerInput;
import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.Versions;
import be.pfe.operations.web.centre.CatalogueEditing;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

@Path("v1/trainers")
@Produces(MediaType.APPLICATION_JSON)
public class TrainerResource {

    @Inject
    TrainerDirectory directory;
    @Inject
    ProblemResponses problems;
    @Inject
    CatalogueEditing editing;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The trainers, by code; those who work at a centre with ?centre=")
    public List<TrainerDto> list(@QueryParam("centre") String centre) {
        return directory.list(centre == null || centre.isBlank() ? null : centre.strip());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One trainer: partner, centres, qualifications, weekly availability and absences")
    public Response get(@PathParam("code") String code) {
        TrainerDetails trainer = directory.details(code, Language.of(problems.locale(headers)));
        return Versions.tagged(Response.ok(), trainer, trainer.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a trainer (those who plan every centre given)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(Body input, @Context UriInfo uri) {
        InvalidRequestException.requireBody(input);
        TrainerDetails trainer = editing.createTrainer(input.toInput(), Language.of(problems.locale(headers)));
        return Versions.tagged(Response.created(uri.getBaseUriBuilder().path("v1/trainers").path(trainer.code())
                .build()), trainer, trainer.version());
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a trainer (those who plan one of the trainer's centres); from the version in If-Match or in the body")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version in the body")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match version")
    @APIResponse(responseCode = "428", description = "Neither If-Match nor a version")
    public Response change(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           Body input) {
        InvalidRequestException.requireBody(input);
        Long version = Versions.from(ifMatch, input.version(), true);
        TrainerDetails trainer = Versions.conditional(ifMatch, () -> editing.changeTrainer(code, version,
                input.toInput(), Language.of(problems.locale(headers))));
        return Versions.tagged(Response.ok(), trainer, trainer.version());
    }

    /** A trainer as the API receives it: see {@link TrainerInput}; {@code version} the version a change starts from. */
    public record Body(String code, String name, String partner, List<String> centres, List<String> qualifications,
                       List<TrainerInput.Availability> availability, List<TrainerInput.Absence> absences,
                       Long version) {

        TrainerInput toInput() {
            return new TrainerInput(code, name, partner, centres, qualifications, availability, absences);
        }
    }
}
