package be.pfe.operations.web.user;

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
    UserAdministering users;

    @GET
    @Operation(summary = "Every account, by username, with its roles and whether it is active or locked")
    public List<UserView> all() {
        return users.all();
    }

    @GET
    @Path("{id}")
    public UserView get(@PathParam("id") String id) {
        return users.get(Identifiers.of("id", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account with its initial password and its roles")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "422", description = "A rule refused the username, name, password or roles")
    public Response create(UserInput input, @Context UriInfo uri) {
        InvalidRequestException.requireBody(input);
        UserView created = users.create(input.username(), input.displayName(), chars(input.password()),
                UserInput.grants(input.roles()));
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the account exactly these roles (the last administrator keeps the role)")
    public UserView changeRoles(@PathParam("id") String id, List<UserInput.RoleInput> roles) {
        return users.changeRoles(Identifiers.of("id", id), UserInput.grants(InvalidRequestException.requireBody(roles)));
    }

    @POST
    @Path("{id}/deactivation")
    @Operation(summary = "Deactivate the account (not one's own, not the last administrator)")
    public UserView deactivate(@PathParam("id") String id) {
        return users.deactivate(Identifiers.of("id", id));
    }

    @POST
    @Path("{id}/reactivation")
    public UserView reactivate(@PathParam("id") String id) {
        return users.reactivate(Identifiers.of("id", id));
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Lift the lockout of an account before its time")
    public UserView unlock(@PathParam("id") String id) {
        return users.unlock(Identifiers.of("id", id));
    }

    @PUT
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the account a new password (it meets the same rules as the user's own)")
    public UserView resetPassword(@PathParam("id") String id, PasswordInput input) {
        return users.resetPassword(Identifiers.of("id", id), chars(InvalidRequestException.requireBody(input).password()));
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }
}
