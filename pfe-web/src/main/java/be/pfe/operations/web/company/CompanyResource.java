package be.pfe.operations.web.company;

import be.pfe.operations.web.api.Created;
import be.pfe.operations.web.api.Identifiers;
import be.pfe.operations.web.api.InvalidRequestException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Companies (by enterprise number or name), their contacts and recruitment needs. */
@Path("v1/companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompanyResource {

    @Inject
    CompanyDirectory directory;

    @GET
    @Operation(summary = "Companies whose enterprise number starts with, or whose name contains, the text q; "
            + "?number= finds the one company registered under a number")
    @APIResponse(responseCode = "422", description = "The number given is not a valid enterprise number")
    public Response search(@QueryParam("q") String text, @QueryParam("number") String number) {
        if (number != null) {
            return Response.ok(List.of(directory.byNumber(number))).build();
        }
        return Response.ok(directory.search(text)).build();
    }

    @GET
    @Path("{id}")
    public CompanyView get(@PathParam("id") String id) {
        return directory.get(Identifiers.identifier(id));
    }

    @POST
    @Operation(summary = "Register a company under its enterprise number")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "The enterprise number is already registered")
    @APIResponse(responseCode = "422", description = "A wrong enterprise number (length, first digit, check digits) or detail")
    public Response register(CompanyInput input, @Context UriInfo uri) {
        CompanyView registered = directory.register(InvalidRequestException.requireBody(input));
        return Created.at(uri, registered.id(), registered);
    }

    @PUT
    @Path("{id}")
    public CompanyView change(@PathParam("id") String id, CompanyInput input) {
        return directory.change(Identifiers.identifier(id), InvalidRequestException.requireBody(input));
    }

    @POST
    @Path("{id}/contacts")
    public CompanyView addContact(@PathParam("id") String id, CompanyInput.Contact contact) {
        return directory.addContact(Identifiers.identifier(id), InvalidRequestException.requireBody(contact));
    }

    @POST
    @Path("{id}/recruitment-needs")
    public CompanyView addNeed(@PathParam("id") String id, CompanyInput.Need need) {
        return directory.addNeed(Identifiers.identifier(id), InvalidRequestException.requireBody(need));
    }

    @PUT
    @Path("{id}/recruitment-needs/{need}/status")
    public CompanyView changeNeedStatus(@PathParam("id") String id, @PathParam("need") String need,
                                        CompanyInput.NeedStatus status) {
        return directory.changeNeedStatus(Identifiers.identifier(id), Identifiers.of("need", need),
                InvalidRequestException.requireBody(status));
    }
}
