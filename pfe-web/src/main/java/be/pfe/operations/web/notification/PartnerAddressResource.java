package be.pfe.operations.web.notification;

import be.pfe.operations.domain.notification.PartnerAddresses;
import be.pfe.operations.web.api.InvalidRequestException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A partner's address for the messages about the learners it referred (administrators). */
@Path("v1/partners/{code}/notification-address")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerAddressResource {

    /** The address (blank or absent removes it) and the language of the partner's messages (absent: unchanged). */
    public record AddressInput(String email, be.pfe.operations.domain.shared.Language language) {
    }

    @Inject
    PartnerAddresses addresses;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the partner's address for the messages about its learners (admitted, dropped out, "
            + "completed) and, optionally, the language of those messages (FR, NL, EN; French by default); "
            + "administrators only")
    @APIResponse(responseCode = "200", description = "The address now set")
    public AddressInput set(@PathParam("code") String code, AddressInput input) {
        InvalidRequestException.requireBody(input);
        if (input.language() == null) {
            return new AddressInput(addresses.set(code, input.email()), null);
        }
        PartnerAddresses.PartnerAddress set = addresses.set(code, input.email(), input.language(), null);
        return new AddressInput(set.email(), set.language());
    }
}
