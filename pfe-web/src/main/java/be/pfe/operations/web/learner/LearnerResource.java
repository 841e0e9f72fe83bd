package be.pfe.operations.web.learner;

import java.time.Clock;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.learner.LearnerDirectory;
import be.pfe.operations.domain.learner.LearnerQuery;
import be.pfe.operations.domain.learner.LearnerRegistration;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.web.api.Created;
import be.pfe.operations.web.api.Identifiers;
import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.PreconditionException;
import be.pfe.operations.web.api.QueryParameters;
import be.pfe.operations.web.api.Versions;
import be.pfe.operations.domain.shared.StaleVersionException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import java.time.format.DateTimeParseException;
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

/**
 * Learners: registered with a body (the national register number never travels in a URL), found among those the
 * user may read (by name, birth date, number; or by national register number in a body), read and corrected by id.
 */
@Path("v1/learners")
@Produces(MediaType.APPLICATION_JSON)
public class LearnerResource {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    @Inject
    LearnerRegistration registration;
    @Inject
    Actor actor;
    @Inject
    LearnerDirectory directory;

    /** A page when none is asked for. */
    static final int DEFAULT_SIZE = 20;

    @GET
    @Operation(summary = "Find learners among those the user may read: words of the name (case and accents ignored, "
            + "any order), birth date (YYYY-MM-DD), learner number; a page of them (first, size up to 100)")
    @APIResponse(responseCode = "200", description = "The page, and how many learners match in all")
    public LearnerResultsDto search(@QueryParam("q") String q, @QueryParam("birthDate") String birthDate,
                              @QueryParam("number") String number,
                              @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
                                      description = "The index of the first row, from 0",
                                      schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums
                                              .SchemaType.INTEGER, minimum = "0"))
                              @QueryParam("first") String first,
                              @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
                                      description = "How many rows (20 unless told)",
                                      schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums
                                              .SchemaType.INTEGER, minimum = "1",
                                              maximum = "" + be.pfe.operations.domain.learner.LearnerQuery.MAX_SIZE))
                              @QueryParam("size") String size) {
        Integer from = QueryParameters.integer("first", first);
        Integer count = QueryParameters.integer("size", size);
        return LearnerResultsDto.of(directory.search(new LearnerQuery(q, date(birthDate),
                number == null || number.isBlank() ? null : Identifiers.of("number", number),
                from == null ? 0 : from, count == null ? DEFAULT_SIZE : count)));
    }

    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Find the learner with exactly this national register number (in the body, never in a URL), "
            + "among those the user may read")
    @APIResponse(responseCode = "200", description = "The learner found, or none")
    @APIResponse(responseCode = "422", description = "Not a valid national register number")
    public LearnerResultsDto searchByNiss(NissSearchInput input) {
        if (input == null) {
            throw InvalidRequestException.missingBody();
        }
        var found = directory.byNiss(input.niss());
        return new LearnerResultsDto(found, found.size(), 0, Math.max(1, found.size()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a learner's details, from the version read: its ETag in If-Match (or the body's "
            + "version); a national register number left out keeps the one stored")
    @APIResponse(responseCode = "200", description = "The learner as corrected, with their new version",
            content = @Content(schema = @Schema(implementation = LearnerDto.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else since the body's version, or the same person as another learner")
    @APIResponse(responseCode = "422", description = "A rule refused the details (the problem names the field)")
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           LearnerChangeInput input) {
        long learnerId = Identifiers.of("id", id);
        if (input == null) {
            throw InvalidRequestException.missingBody();
        }
        long version = Versions.from(ifMatch, input.version(), true);
        try {
            LearnerDto changed = LearnerDto.of(directory.change(learnerId, version, input.toDetails()),
                    LocalDate.now(clock));
            return Versions.tagged(Response.ok(), changed, changed.version());
        } catch (RuntimeException failure) {
            if (ifMatch == null || ifMatch.isBlank() || !Versions.concurrent(failure)) {
                throw failure;
            }
            // a stale If-Match: 412, telling the version the learner is now at
            long current = directory.version(learnerId);
            throw PreconditionException.failed(new StaleVersionException(current));
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.parameter("birthDate", value);
        }
    }

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
        LearnerDto registered = LearnerDto.of(centre == null ? registration.register(input.toDetails())
                : registration.register(input.toDetails(), centre), LocalDate.now(clock));
        return Created.at(uri, registered.id(), registered);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One learner (the national register number masked); their version is the ETag")
    @APIResponse(responseCode = "200", description = "The learner",
            content = @Content(schema = @Schema(implementation = LearnerDto.class)))
    public Response get(@PathParam("id") String id) {
        long learnerId = Identifiers.of("id", id);
        LearnerDto learner = LearnerDto.of(directory.learner(learnerId), LocalDate.now(clock));
        return Versions.tagged(Response.ok(), learner, learner.version());
    }
}
