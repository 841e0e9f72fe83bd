package be.pfe.operations.web.user;

import be.pfe.operations.web.api.RecordVersions;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * User accounts, for administrators only (403 for everyone else): identified by their id (a username may be a
 * person's name, so it stays out of URLs); passwords only in bodies, never answered.
 */
@Path("v1/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserAccountDesk users;
    @Inject
    RecordVersions versions;

    @GET
    @Operation(summary = "Every account, by username, with its roles and whether it is active or locked")
    public List<UserDto> all() {
        return users.all();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account with its roles; its version is the ETag")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(schema = @Schema(implementation = UserDto.class)))
    public Response get(@PathParam("id") String id) {
        long user = Identifiers.of("id", id);
        return versions.read(RecordVersions.Kind.USER, user, () -> users.get(user)).ok();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account with its initial password and its roles")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "422", description = "A rule refused the username, name, password or roles")
    public Response create(UserInput input, @Context UriInfo uri) {
        InvalidRequestException.requireBody(input);
        UserDto created = users.create(input.username(), input.displayName(), chars(input.password()),
                UserInput.grants(input.roles()));
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the account exactly these roles (the last administrator keeps the role)")
    @APIResponse(responseCode = "200", description = "The account with its roles", content = @Content(schema = @Schema(implementation = UserDto.class)))
    public Response changeRoles(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                List<UserInput.RoleInput> roles) {
        InvalidRequestException.requireBody(roles);
        long user = Identifiers.of("id", id);
        return versions.change(RecordVersions.Kind.USER, user, ifMatch,
                () -> users.changeRoles(user, UserInput.grants(roles))).ok();
    }

    @POST
    @Path("{id}/deactivation")
    @Operation(summary = "Deactivate the account (not one's own, not the last administrator)")
    @APIResponse(responseCode = "200", description = "The account, deactivated", content = @Content(schema = @Schema(implementation = UserDto.class)))
    public Response deactivate(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long user = Identifiers.of("id", id);
        return versions.change(RecordVersions.Kind.USER, user, ifMatch, () -> users.deactivate(user)).ok();
    }

    @POST
    @Path("{id}/reactivation")
    @Operation(summary = "Reactivate a deactivated account")
    @APIResponse(responseCode = "200", description = "The account, active", content = @Content(schema = @Schema(implementation = UserDto.class)))
    public Response reactivate(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long user = Identifiers.of("id", id);
        return versions.change(RecordVersions.Kind.USER, user, ifMatch, () -> users.reactivate(user)).ok();
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift the lockout of an account before its time")
    @APIResponse(responseCode = "200", description = "The account, unlocked", content = @Content(schema = @Schema(implementation = UserDto.class)))
    public Response unlock(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long user = Identifiers.of("id", id);
        return versions.change(RecordVersions.Kind.USER, user, ifMatch, () -> users.unlock(user)).ok();
    }

    @PUT
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the account a new password (it meets the same rules as the user's own)")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(schema = @Schema(implementation = UserDto.class)))
    public Response resetPassword(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PasswordInput input) {
        InvalidRequestException.requireBody(input);
        long user = Identifiers.of("id", id);
        return versions.change(RecordVersions.Kind.USER, user, ifMatch,
                () -> users.resetPassword(user, chars(input.password()))).ok();
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }
}
