package be.pfe.operations.web.notification;

import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.reporting.documents.LearnerDocuments;
import be.pfe.operations.web.api.Identifiers;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A placement's documents (rooted at the full path): the in-company training agreement. */
@Path("v1/placements/{id}/documents")
@Produces({"application/pdf", "application/problem+json"})
public class PlacementDocumentResource {

    @Inject
    LearnerDocuments documents;
    @Inject
    Actor actor;

    @GET
    @Path("agreement")
    @Operation(summary = "The in-company training agreement of the placement, numbered, in the learner's language, "
            + "with the signatures block (PDF)")
    public Response agreement(@PathParam("id") String id) {
        return DocumentTexts.pdf(documents.agreement(Identifiers.of("id", id), DocumentTexts.BUNDLES,
                actor.username()));
    }
}
