package be.pfe.operations.web.notification;

import be.pfe.operations.domain.notification.PartnerAddresses;
import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.Versions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A partner's address for the messages about the learners it referred (administrators); its version is the ETag,
 * sent back in If-Match by a change (412 when someone changed it since, 428 without).
 */
@Path("v1/partners/{code}/notification-address")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerAddressResource {

    /** The address (blank or absent removes it) and the language of the partner's messages (absent: unchanged). */
    public record AddressInput(String email, be.pfe.operations.domain.shared.Language language) {
    }

    @Inject
    PartnerAddresses addresses;

    @GET
    @Operation(summary = "The partner's address for the messages about its learners and their language; its version "
            + "is the ETag; administrators only")
    @APIResponse(responseCode = "200", description = "The address set (none: no messages) and the language")
    public Response address(@PathParam("code") String code) {
        PartnerAddresses.Versioned read = addresses.one(code);
        return Versions.tagged(Response.ok(), new AddressInput(read.address().email(), read.address().language()),
                read.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the partner's address for the messages about its learners (admitted, dropped out, "
            + "completed) and, optionally, the language of those messages (FR, NL, EN; French by default), from the "
            + "version (ETag) read in If-Match; administrators only")
    @APIResponse(responseCode = "200", description = "The address now set")
    public Response set(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        AddressInput input) {
        long expected = Versions.from(ifMatch, null, true);
        InvalidRequestException.requireBody(input);
        PartnerAddresses.Versioned set = Versions.conditional(ifMatch,
                () -> addresses.change(code, input.email(), input.language(), expected));
        return Versions.tagged(Response.ok(), new AddressInput(set.address().email(), set.address().language()),
                set.version());
    }
}
