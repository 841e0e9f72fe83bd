package be.pfe.operations.web.company;

import be.pfe.operations.web.api.Created;
import be.pfe.operations.web.api.Identifiers;
import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.RecordVersions;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Inject
    RecordVersions versions;

    @GET
    @Operation(summary = "Companies whose enterprise number starts with, or whose name contains, the text q; "
            + "?number= finds the one company registered under a number")
    @APIResponse(responseCode = "200", description = "The companies found", content = @Content(schema = @Schema(
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
            implementation = CompanyDto.class)))
    @APIResponse(responseCode = "422", description = "The number given is not a valid enterprise number")
    public Response search(@QueryParam("q") String text, @QueryParam("number") String number) {
        if (number != null) {
            return Response.ok(List.of(directory.byNumber(number))).build();
        }
        return Response.ok(directory.search(text)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One company with its contacts and recruitment needs; its version is the ETag")
    @APIResponse(responseCode = "200", description = "The company", content = @Content(schema = @Schema(implementation = CompanyDto.class)))
    public Response get(@PathParam("id") String id) {
        long company = Identifiers.identifier(id);
        return versions.read(RecordVersions.Kind.COMPANY, company, () -> directory.get(company)).ok();
    }

    @POST
    @Operation(summary = "Register a company under its enterprise number")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "The enterprise number is already registered")
    @APIResponse(responseCode = "422", description = "A wrong enterprise number (length, first digit, check digits) or detail")
    public Response register(CompanyInput input, @Context UriInfo uri) {
        CompanyDto registered = directory.register(InvalidRequestException.requireBody(input));
        return Created.at(uri, registered.id(), registered);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a company's details, from its version (ETag) in If-Match")
    @APIResponse(responseCode = "200", description = "The company as changed", content = @Content(schema = @Schema(implementation = CompanyDto.class)))
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CompanyInput input) {
        InvalidRequestException.requireBody(input);
        long company = Identifiers.identifier(id);
        return versions.change(RecordVersions.Kind.COMPANY, company, ifMatch,
                () -> directory.change(company, input)).ok();
    }

    @POST
    @Path("{id}/contacts")
    @Operation(summary = "Add a contact person to a company, from its version (ETag) in If-Match")
    @APIResponse(responseCode = "200", description = "The company with the contact", content = @Content(schema = @Schema(implementation = CompanyDto.class)))
    public Response addContact(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               CompanyInput.Contact contact) {
        InvalidRequestException.requireBody(contact);
        long company = Identifiers.identifier(id);
        return versions.change(RecordVersions.Kind.COMPANY, company, ifMatch,
                () -> directory.addContact(company, contact)).ok();
    }

    @POST
    @Path("{id}/recruitment-needs")
    @Operation(summary = "Record a recruitment need of a company, from its version (ETag) in If-Match")
    @APIResponse(responseCode = "200", description = "The company with the need", content = @Content(schema = @Schema(implementation = CompanyDto.class)))
    public Response addNeed(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            CompanyInput.Need need) {
        InvalidRequestException.requireBody(need);
        long company = Identifiers.identifier(id);
        return versions.change(RecordVersions.Kind.COMPANY, company, ifMatch,
                () -> directory.addNeed(company, need)).ok();
    }

    @PUT
    @Path("{id}/recruitment-needs/{need}/status")
    @Operation(summary = "Change the status of a company's recruitment need, from the company's version (ETag) in If-Match")
    @APIResponse(responseCode = "200", description = "The company", content = @Content(schema = @Schema(implementation = CompanyDto.class)))
    public Response changeNeedStatus(@PathParam("id") String id, @PathParam("need") String need,
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     CompanyInput.NeedStatus status) {
        InvalidRequestException.requireBody(status);
        long company = Identifiers.identifier(id);
        long needId = Identifiers.of("need", need);
        return versions.change(RecordVersions.Kind.COMPANY, company, ifMatch,
                () -> directory.changeNeedStatus(company, needId, status)).ok();
    }
}
