package be.pfe.operations.web.centre;

import be.pfe.operations.web.api.Created;
import be.pfe.operations.web.api.Identifiers;
import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.Versions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class CentreResource {

    @Inject
    Catalogue catalogue;
    @Inject
    CatalogueEditing editing;

    @GET
    @Path("centres")
    @Operation(summary = "The four training and employment centres, with their partners")
    public List<CentreDto> centres() {
        return catalogue.centres();
    }

    @GET
    @Path("centres/{code}")
    @Operation(summary = "One centre")
    public CentreDto centre(@PathParam("code") String code) {
        return catalogue.centre(code);
    }

    @GET
    @Path("centres/{code}/rooms")
    @Operation(summary = "The rooms of a centre")
    public List<RoomDto> rooms(@PathParam("code") String code) {
        return catalogue.rooms(code);
    }

    @GET
    @Path("centres/{code}/rooms/{room}")
    @Operation(summary = "One room of a centre, with its equipment")
    public RoomDetails room(@PathParam("code") String code, @PathParam("room") String room) {
        return catalogue.room(code, room);
    }

    @GET
    @Path("courses")
    @Operation(summary = "The course catalogue")
    public List<CourseDto> courses() {
        return catalogue.courses();
    }

    @GET
    @Path("courses/{code}")
    @Operation(summary = "One course with its qualified trainers; its version is the ETag")
    public Response course(@PathParam("code") String code) {
        CourseDetailsDto course = editing.course(code);
        return Versions.tagged(Response.ok(), course, course.version());
    }

    @POST
    @Path("courses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a course to the catalogue (those who plan a centre: the catalogue is the region's)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response createCourse(CatalogueInput.Course input, @Context UriInfo uri) {
        InvalidRequestException.requireBody(input);
        CourseDetailsDto course = editing.createCourse(input.toDetails());
        return Versions.tagged(Response.created(uri.getBaseUriBuilder().path("v1/courses").path(course.code())
                .build()), course, course.version());
    }

    @PUT
    @Path("courses/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a course (the code stays); from the version in If-Match or in the body")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version in the body")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match version")
    @APIResponse(responseCode = "428", description = "Neither If-Match nor a version")
    public Response changeCourse(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 CatalogueInput.Course input) {
        InvalidRequestException.requireBody(input);
        Long version = Versions.from(ifMatch, input.version(), true);
        CourseDetailsDto course = Versions.conditional(ifMatch,
                () -> editing.changeCourse(code, version, input.toDetails()));
        return Versions.tagged(Response.ok(), course, course.version());
    }

    @POST
    @Path("courses/{code}/retirement")
    @Operation(summary = "Retires a course: it keeps its sessions and history and is planned no more")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match version")
    public Response retireCourse(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Long version = Versions.from(ifMatch, null, false);
        CourseDetailsDto course = Versions.conditional(ifMatch, () -> editing.retireCourse(code, version));
        return Versions.tagged(Response.ok(), course, course.version());
    }

    @POST
    @Path("centres/{code}/rooms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a room to a centre (those who plan that centre)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The code is taken in the centre")
    public Response createRoom(@PathParam("code") String code, CatalogueInput.Room input, @Context UriInfo uri) {
        InvalidRequestException.requireBody(input);
        RoomDetails room = editing.createRoom(code, input.toInput());
        return Versions.tagged(Response.created(uri.getBaseUriBuilder().path("v1/centres").path(room.centre())
                .path("rooms").path(room.code()).build()), room, room.version());
    }

    @PUT
    @Path("centres/{code}/rooms/{room}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a room of a centre (the code stays); from the version in If-Match or in the body")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version in the body")
    @APIResponse(responseCode = "412", description = "Changed by someone else since the If-Match version")
    @APIResponse(responseCode = "428", description = "Neither If-Match nor a version")
    public Response changeRoom(@PathParam("code") String code, @PathParam("room") String room,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CatalogueInput.Room input) {
        InvalidRequestException.requireBody(input);
        Long version = Versions.from(ifMatch, input.version(), true);
        RoomDetails changed = Versions.conditional(ifMatch,
                () -> editing.changeRoom(code, room, version, input.toInput()));
        return Versions.tagged(Response.ok(), changed, changed.version());
    }

    @GET
    @Path("centres/{code}/closures")
    @Operation(summary = "The days a centre is closed besides the public holidays, from a year ago to three years ahead")
    public java.util.List<ClosureDto> closures(@PathParam("code") String code) {
        return editing.closures(code);
    }

    @POST
    @Path("centres/{code}/closures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Closes a centre on a day or a period (those who plan that centre)")
    @APIResponse(responseCode = "201", description = "Created")
    public Response addClosure(@PathParam("code") String code, CatalogueInput.Closure input,
                               @Context UriInfo uri) {
        InvalidRequestException.requireBody(input);
        ClosureDto closure = editing.addClosure(code, input.startDate(), input.endDate(), input.kind(),
                input.reason());
        return Created.at(uri, closure.id(), closure);
    }

    @DELETE
    @Path("centres/{code}/closures/{id}")
    @Operation(summary = "Removes a closure of a centre (those who plan that centre)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeClosure(@PathParam("code") String code, @PathParam("id") String id) {
        editing.removeClosure(code, Identifiers.identifier(id));
        return Response.noContent().build();
    }
}
