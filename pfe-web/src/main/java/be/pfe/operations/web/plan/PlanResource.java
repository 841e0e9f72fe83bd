package be.pfe.operations.web.plan;

import be.pfe.operations.domain.plan.PlanChangedMeanwhileException;
import be.pfe.operations.domain.plan.PlanContent;
import be.pfe.operations.domain.plan.PlanDiff;
import be.pfe.operations.domain.plan.PlanStatus;
import be.pfe.operations.domain.plan.PlanSummary;
import be.pfe.operations.web.api.Identifiers;
import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.PreconditionException;
import be.pfe.operations.web.api.QueryParameters;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.function.Supplier;

/**
 * The Joint Action Plans: list, each version with its contents and targets, the workflow (create or start from the
 * previous year, change a draft, submit, the board's decision, a new version), the history and the differences
 * between versions. A version's answer carries its revision as ETag; a change sends it back as {@code If-Match}
 * (412 when someone changed the plan since) or as {@code revision} in the body (409), and is refused without either
 * (428).
 */
@Path("v1/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanDesk planning;

    @GET
    @Operation(summary = "The latest version of each plan the user may read, by centre and year")
    public List<PlanSummary> list(@QueryParam("centre") String centre, @QueryParam("year") String year) {
        return planning.list(centre == null || centre.isBlank() ? null : centre,
                year == null || year.isBlank() ? null : QueryParameters.year(year).getValue());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One version of a plan with its contents and targets; its revision is the ETag")
    public Response get(@PathParam("id") String id) {
        return answer(planning.get(Identifiers.identifier(id)), Response.ok());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A first draft for a centre and a year: empty, with contents, or from the previous year's plan")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(PlanInput.Creation input, @Context UriInfo uri) {
        InvalidRequestException.requireBody(input);
        if (input.year() == null) {
            throw InvalidRequestException.parameter("year", "");
        }
        PlanDto created = input.fromPreviousYear()
                ? planning.startFromPreviousYear(input.centre(), input.year())
                : planning.create(input.centre(), input.year(),
                input.content() == null ? PlanContent.EMPTY : input.content().toContent());
        return created(created, uri);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "New contents for a draft (or a version sent back for amendments)")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the revision in the body")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match revision")
    @APIResponse(responseCode = "428", description = "Neither If-Match nor a revision")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           PlanInput.Update input) {
        InvalidRequestException.requireBody(input);
        long plan = Identifiers.identifier(id);
        PlanContent content = (input.content() == null ? new PlanContentDto(null, null, null, null, null, null)
                : input.content()).toContent();
        Long revision = revision(ifMatch, input.revision(), true);
        return answer(conditional(ifMatch, () -> planning.update(plan, revision, content)), Response.ok());
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit the draft to the board")
    public Response submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long plan = Identifiers.identifier(id);
        Long revision = revision(ifMatch, null, false);
        return answer(conditional(ifMatch, () -> planning.submit(plan, revision)), Response.ok());
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The board's decision (APPROVED, REJECTED, AMENDMENTS_REQUESTED), its text and meeting date")
    public Response decide(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           PlanInput.Decision input) {
        InvalidRequestException.requireBody(input);
        long plan = Identifiers.identifier(id);
        PlanStatus decision = QueryParameters.choice("decision", input.decision(), PlanStatus.class);
        Long revision = revision(ifMatch, input.revision(), false);
        return answer(conditional(ifMatch, () -> planning.decide(plan, revision, decision, input.decisionText(),
                input.meetingDate())), Response.ok());
    }

    @POST
    @Path("{id}/versions")
    @Operation(summary = "A new draft version of an approved or rejected plan, copying it")
    @APIResponse(responseCode = "201", description = "Created")
    public Response newVersion(@PathParam("id") String id, @Context UriInfo uri) {
        return created(planning.newVersion(Identifiers.identifier(id)), uri);
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every version of the plan this version belongs to")
    public List<PlanVersionDto> versions(@PathParam("id") String id) {
        return planning.versions(Identifiers.identifier(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every step of every version of the plan: who, when, what changed, the board's decisions")
    public List<PlanHistoryDto> history(@PathParam("id") String id) {
        return planning.history(Identifiers.identifier(id));
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "What changed from another version (by default the previous one) to this one")
    public PlanDiff diff(@PathParam("id") String id, @QueryParam("from") String from) {
        return planning.diff(Identifiers.identifier(id), from == null || from.isBlank() ? null
                : Identifiers.of("from", from));
    }

    /** The revision a change starts from: If-Match first, else the body's; required for changes of contents. */
    private static Long revision(String ifMatch, Long bodyRevision, boolean required) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            return Identifiers.of("If-Match", ifMatch.strip().replace("W/", "").replace("\"", ""));
        }
        if (bodyRevision == null && required) {
            throw PreconditionException.required();
        }
        return bodyRevision;
    }

    /** A change refused for a stale If-Match answers 412 (and for a stale body revision, 409). */
    private static PlanDto conditional(String ifMatch, Supplier<PlanDto> change) {
        try {
            return change.get();
        } catch (PlanChangedMeanwhileException stale) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw PreconditionException.failed(stale);
            }
            throw stale;
        }
    }

    private static Response created(PlanDto plan, UriInfo uri) {
        return answer(plan, Response.created(uri.getBaseUriBuilder().path("v1/plans")
                .path(Long.toString(plan.id())).build()));
    }

    private static Response answer(PlanDto plan, Response.ResponseBuilder response) {
        return response.tag(new EntityTag(Long.toString(plan.revision()))).entity(plan).build();
    }
}
