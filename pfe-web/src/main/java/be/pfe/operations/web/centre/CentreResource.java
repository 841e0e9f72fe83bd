package be.pfe.operations.web.centre;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class CentreResource {

    @Inject
    Catalogue catalogue;

    @GET
    @Path("centres")
    @Operation(summary = "The four training and employment centres, with their partners")
    public List<CentreView> centres() {
        return catalogue.centres();
    }

    @GET
    @Path("centres/{code}")
    @Operation(summary = "One centre")
    public CentreView centre(@PathParam("code") String code) {
        return catalogue.centre(code);
    }

    @GET
    @Path("centres/{code}/rooms")
    @Operation(summary = "The rooms of a centre")
    public List<RoomView> rooms(@PathParam("code") String code) {
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
    public List<CourseView> courses() {
        return catalogue.courses();
    }
}
