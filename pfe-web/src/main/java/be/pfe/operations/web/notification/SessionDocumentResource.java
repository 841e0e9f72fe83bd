package be.pfe.operations.web.notification;

import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.reporting.documents.LearnerDocuments;
import be.pfe.operations.web.api.Identifiers;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A session's documents (rooted at the full path, like its attendance). */
@Path("v1/sessions/{id}/documents")
@Produces({"application/pdf", "application/problem+json"})
public class SessionDocumentResource {

    @Inject
    LearnerDocuments documents;
    @Inject
    Actor actor;

    @GET
    @Path("attendance")
    @Operation(summary = "The attendance attestations of a month (YYYY-MM, this month when none) of every learner of "
            + "the session, one page each, in one PDF")
    public Response attendance(@PathParam("id") String id, @QueryParam("month") String month) {
        return DocumentTexts.pdf(documents.sessionAttendance(Identifiers.of("id", id), DocumentTexts.month(month),
                DocumentTexts.BUNDLES, actor.username()));
    }
}
