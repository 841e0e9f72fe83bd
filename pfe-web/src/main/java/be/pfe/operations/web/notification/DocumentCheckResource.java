package be.pfe.operations.web.notification;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.RecordAccess;
import be.pfe.operations.reporting.documents.DocumentCheck;
import be.pfe.operations.reporting.documents.LearnerDocuments;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Checks a document's number: what it attested when it was issued. */
@Path("v1/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentCheckResource {

    @Inject
    LearnerDocuments documents;
    @Inject
    RecordAccess records;

    @GET
    @Path("{number}")
    @Operation(summary = "What the numbered document (e.g. ATT-2049-000012-45) attested when it was issued: kind, "
            + "learner and session, period, figures, date")
    public DocumentCheck check(@PathParam("number") String number) {
        Long enrolment = documents.enrolmentOf(number);
        Long placement = enrolment == null ? documents.placementOf(number) : null;
        if (placement != null) {
            return documents.checkAgreement(placement, number);
        }
        if (enrolment == null) {
            // unknown: 404 to those who read every centre's learners, the same 403 as another centre's document to
            // others (no oracle of the numbers issued elsewhere)
            records.unknown(Access.PERSONAL_DATA, "document.unknown", number);
        }
        return documents.check(enrolment, number);
    }
}
