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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A learner's documents for one enrolment, as numbered PDFs in the learner's language (rooted at the full path). */
@Path("v1/enrolments/{id}/documents")
@Produces({"application/pdf", "application/problem+json"})
public class EnrolmentDocumentResource {

    @Inject
    LearnerDocuments documents;
    @Inject
    Actor actor;

    @GET
    @Path("convocation")
    @Operation(summary = "The convocation letter of an admitted learner (PDF)")
    @APIResponse(responseCode = "422", description = "The learner is not admitted")
    public Response convocation(@PathParam("id") String id) {
        return DocumentTexts.pdf(documents.convocation(Identifiers.of("id", id), DocumentTexts.BUNDLES,
                actor.username()));
    }

    @GET
    @Path("attendance")
    @Operation(summary = "The attendance attestation of a month (YYYY-MM, this month when none): each meeting with its "
            + "mark; meetings, hours present, excused and absent (PDF)")
    public Response attendance(@PathParam("id") String id, @QueryParam("month") String month) {
        return DocumentTexts.pdf(documents.attendance(Identifiers.of("id", id), DocumentTexts.month(month),
                DocumentTexts.BUNDLES, actor.username()));
    }

    @GET
    @Path("completion")
    @Operation(summary = "The attestation of completion of a learner who completed the training (PDF)")
    @APIResponse(responseCode = "422", description = "The training is not completed")
    public Response completion(@PathParam("id") String id) {
        return DocumentTexts.pdf(documents.completion(Identifiers.of("id", id), DocumentTexts.BUNDLES,
                actor.username()));
    }
}
