package be.pfe.operations.web.timetabling;

import be.pfe.operations.web.api.Created;
import be.pfe.operations.web.api.InvalidRequestException;
import static be.pfe.operations.web.api.Identifiers.identifier;
import be.pfe.operations.web.api.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Locale;

/**
 * Automatic timetabling jobs: ask for a term to be planned, follow the job, stop it, apply or discard its
 * proposal. Solving happens in the background: a new job answers 202 at once.
 */
@Path("v1/timetabling/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class TimetablingJobResource {

    static final int LISTED = 20;

    @Inject
    Timetabling timetabling;
    @Inject
    TimetablingBackground background;
    @Inject
    JobViews views;
    @Inject
    ProblemResponses problems;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The most recent timetabling jobs, newest first")
    public List<JobDto> list() {
        return views.recent(LISTED, locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan the unplaced sessions of a term in the background, or re-plan the sessions of a "
            + "trainer who cannot teach during the term (absentTrainer)")
    @APIResponse(responseCode = "202", description = "Queued; follow it at the Location")
    @APIResponse(responseCode = "404", description = "No such centre")
    @APIResponse(responseCode = "422", description = "Nothing to place, a bad term or time limit, or the queue is full")
    public Response request(JobRequest input, @Context UriInfo uri) {
        if (input == null) {
            throw InvalidRequestException.missingBody();
        }
        long id = (input.absentTrainerCode() == null
                ? timetabling.request(input.centreCode(), input.term(), input.timeLimit())
                : timetabling.requestReplanning(input.absentTrainerCode(), input.term(), input.timeLimit())).id();
        background.wake();
        return Response.accepted(views.job(id, locale()))
                .location(Created.member(uri, id))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One job: its progress, or its proposal with every rule it still breaks")
    public JobDto get(@PathParam("id") String id) {
        return views.job(identifier(id), locale());
    }

    @POST
    @Path("{id}/stop")
    @Operation(summary = "Cancel a queued job, or stop a running one and keep its best timetable as the proposal")
    public JobDto stop(@PathParam("id") String id) {
        long job = identifier(id);
        timetabling.stop(job);
        background.stopIfRunningHere(job);
        return views.job(job, locale());
    }

    @POST
    @Path("{id}/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the proposal into the timetable, all of it or nothing")
    @APIResponse(responseCode = "409", description = "A conflict the centre blocks, or warns of without acceptance")
    @APIResponse(responseCode = "422", description = "The job has no proposal to apply, or a session changed meanwhile")
    public JobDto apply(@PathParam("id") String id, ApplyInput input) {
        long job = identifier(id);
        timetabling.apply(job, input == null ? null : input.acceptanceReason());
        return views.job(job, locale());
    }

    @POST
    @Path("{id}/discard")
    @Operation(summary = "Set the proposal aside; the timetable stays as it was")
    public JobDto discard(@PathParam("id") String id) {
        long job = identifier(id);
        timetabling.discard(job);
        return views.job(job, locale());
    }

    /** Why the warned conflicts of a proposal are accepted, if there are any. */
    public record ApplyInput(String acceptanceReason) {
    }

    private Locale locale() {
        return problems.locale(headers);
    }
}
