package be.pfe.operations.web.session;

import be.pfe.operations.domain.session.SessionSearch;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.web.api.Created;
import be.pfe.operations.web.api.InvalidRequestException;
import static be.pfe.operations.web.api.Identifiers.identifier;
import be.pfe.operations.web.api.ProblemResponses;
import be.pfe.operations.web.api.RecordVersions;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import be.pfe.operations.domain.session.SessionStatus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

@Path("v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    Sessions sessions;
    @Inject
    SessionCalendar calendar;
    @Inject
    SessionLifecycleDesk lifecycle;
    @Inject
    SessionWorkbench workbench;
    @Inject
    ProblemResponses problems;
    @Inject
    RecordVersions versions;
    @Context
    HttpHeaders headers;
    @Context
    jakarta.ws.rs.core.SecurityContext security;

    @GET
    @Operation(summary = "Course sessions, a page at a time, optionally of one centre, course, status (as of today),"
            + " period (from, to), providing partner, or with a text (q) in the course's code or titles or the room")
    public SessionResultsDto list(@QueryParam("centre") String centre,
                            @QueryParam("first") @DefaultValue("0") String first,
                            @QueryParam("size") @DefaultValue("20") String size,
                            @QueryParam("sort") @DefaultValue("START_DATE") String sort,
                            @QueryParam("order") @DefaultValue("asc") String order,
                            @QueryParam("course") String course,
                            @QueryParam("status") String status,
                            @QueryParam("from") String from,
                            @QueryParam("to") String to,
                            @QueryParam("partner") String partner,
                            @QueryParam("q") String text) {
        SessionSearch search = new SessionSearch(blankToNull(centre), number("first", first), number("size", size),
                sortColumn(sort), ascending(order), new SessionSearch.Filters(course, status(status),
                date("from", from), date("to", to), partner, text, null));
        Language language = language();
        return new SessionResultsDto(sessions.page(search).stream().map(item -> SessionDto.of(item, language)).toList(),
                sessions.countOf(search), search.first(), search.pageSize());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One course session; its version is the ETag, to send back in If-Match with a change")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(schema = @Schema(implementation = SessionDto.class)))
    public Response get(@PathParam("id") String id) {
        long session = identifier(id);
        return versions.read(RecordVersions.Kind.SESSION, session,
                () -> SessionDto.of(sessions.byId(session), language())).ok();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a course session")
    @APIResponse(responseCode = "201", description = "Planned")
    @APIResponse(responseCode = "400", description = "The body is not valid JSON")
    @APIResponse(responseCode = "409", description = "The room is already booked on overlapping dates")
    @APIResponse(responseCode = "422", description = "A rule refused the session (the problem names the field)")
    public Response plan(SessionInput input, @Context UriInfo uri) {
        InvalidRequestException.requireBody(input);
        SessionDto planned = SessionDto.of(sessions.plan(input.toCommand()), language());
        return Created.at(uri, planned.id(), planned);
    }

    @GET
    @Path("{id}/meetings")
    @Operation(summary = "The dated meetings of a session, in Brussels local time")
    public List<MeetingDto> meetings(@PathParam("id") String id) {
        return calendar.meetings(identifier(id));
    }

    @PUT
    @Path("{id}/weekly-pattern")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a session its weekly times; its meetings are generated, skipping closed days")
    @APIResponse(responseCode = "200", description = "The meetings now scheduled",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingDto.class)))
    @APIResponse(responseCode = "409", description = "Conflicts: each one explained, blocking or to accept")
    public Response setWeeklyPattern(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     WeeklyPatternInput input) {
        InvalidRequestException.requireBody(input);
        long session = identifier(id);
        return versions.change(RecordVersions.Kind.SESSION, session, ifMatch,
                () -> calendar.setWeeklyPattern(session, input.weeklySlots(), input.acceptance(who()))).ok();
    }

    @POST
    @Path("{id}/meetings/shift")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a whole session by some days: its period and its meetings still to take place")
    @APIResponse(responseCode = "200", description = "All the meetings of the session, moved",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingDto.class)))
    @APIResponse(responseCode = "409", description = "Conflicts: each one explained, blocking or to accept")
    public Response shift(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          ShiftInput input) {
        InvalidRequestException.requireBody(input);
        long session = identifier(id);
        return versions.change(RecordVersions.Kind.SESSION, session, ifMatch,
                () -> calendar.shift(session, input.days(), input.acceptance(who()))).ok();
    }

    @POST
    @Path("{id}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a make-up meeting to a session, checked for conflicts")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "Conflicts: each one explained, blocking or to accept")
    public Response addMeeting(@PathParam("id") String id, MeetingInput input, @Context UriInfo uri) {
        InvalidRequestException.requireBody(input);
        MeetingDto added = calendar.addMeeting(identifier(id), input.time(), input.acceptance(who()));
        return Response.created(uri.getBaseUriBuilder().path("v1/meetings").path(Long.toString(added.id())).build())
                .entity(added).build();
    }


    @POST
    @Path("{id}/opening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a planned session for enrolment (it needs a room, a trainer and a scheduled meeting)")
    @APIResponse(responseCode = "200", description = "Open: the session as it is now",
            content = @Content(schema = @Schema(implementation = SessionDto.class)))
    @APIResponse(responseCode = "409", description = "Not allowed now, with the reason; nothing is written")
    public Response open(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        TransitionInput input) {
        return step(id, ifMatch, SessionLifecycleDesk.Step.OPENING, input);
    }

    @POST
    @Path("{id}/closing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a running session before its last day")
    @APIResponse(responseCode = "200", description = "Closed: the session as it is now",
            content = @Content(schema = @Schema(implementation = SessionDto.class)))
    @APIResponse(responseCode = "409", description = "Not allowed now, with the reason; nothing is written")
    public Response close(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        TransitionInput input) {
        return step(id, ifMatch, SessionLifecycleDesk.Step.CLOSING, input);
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a planned, open or running session with its reason: its meetings still to come are"
            + " cancelled, its open enrolments end (SESSION_CANCELLED) with the reason, its seats are released")
    @APIResponse(responseCode = "200", description = "Cancelled: the session as it is now",
            content = @Content(schema = @Schema(implementation = SessionDto.class)))
    @APIResponse(responseCode = "409", description = "Not allowed now, with the reason; nothing is written")
    @APIResponse(responseCode = "422", description = "No reason given")
    public Response cancel(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        TransitionInput input) {
        return step(id, ifMatch, SessionLifecycleDesk.Step.CANCELLATION, input);
    }

    @POST
    @Path("{id}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Administrators: set another status on a closed or cancelled session, with the reason")
    @APIResponse(responseCode = "200", description = "Corrected: the session as it is now",
            content = @Content(schema = @Schema(implementation = SessionDto.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Not allowed now, with the reason; nothing is written")
    public Response correct(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        TransitionInput input) {
        return step(id, ifMatch, SessionLifecycleDesk.Step.CORRECTION, input);
    }

    @PUT
    @Path("{id}/trainers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a session its trainers from today on, checked for conflicts like any change of its times")
    @APIResponse(responseCode = "200", description = "The session's trainers now",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY,
                    implementation = SessionWorkbench.TrainerChoice.class)))
    @APIResponse(responseCode = "409", description = "Conflicts: each one explained, blocking or to accept")
    public Response assignTrainers(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   TrainersInput input) {
        InvalidRequestException.requireBody(input);
        long session = identifier(id);
        return versions.change(RecordVersions.Kind.SESSION, session, ifMatch, () -> {
            workbench.assignTrainers(session, input.trainers() == null ? List.of() : input.trainers(),
                    input.acceptance(who()));
            return workbench.trainersOf(session);
        }).ok();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "A session's history: every step of its lifecycle and every correction, who, when, why")
    public List<SessionEventDto> history(@PathParam("id") String id) {
        return lifecycle.history(identifier(id));
    }

    private Response step(String id, String ifMatch, SessionLifecycleDesk.Step step, TransitionInput input) {
        long session = identifier(id);
        TransitionInput body = input == null ? new TransitionInput(null, null, null) : input;
        return versions.change(RecordVersions.Kind.SESSION, session, ifMatch, () -> SessionDto.of(
                lifecycle.take(session, step, body.reason(), body.status(), body.date()), language())).ok();
    }

    private Language language() {
        return Language.of(problems.locale(headers));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int number(String parameter, String value) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number < 0) {
                throw InvalidRequestException.parameter(parameter, value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw InvalidRequestException.parameter(parameter, value);
        }
    }

    private static SessionSearch.SortColumn sortColumn(String value) {
        try {
            return SessionSearch.SortColumn.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.parameter("sort", value);
        }
    }

    private static SessionStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SessionStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.parameter("status", value);
        }
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.parameter(parameter, value);
        }
    }

    private static boolean ascending(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw InvalidRequestException.parameter("order", value);
        };
    }

    /** Who accepts warnings: always the signed-in user, whatever the body says. */
    private String who() {
        return security.getUserPrincipal().getName();
    }
}
