package be.pfe.operations.web.imports;

import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Partners' files, sent as the request body (CSV, or an Excel workbook): a preview that writes nothing, then the
 * import, each good row in a transaction of its own. Importing the same file again creates nothing twice.
 */
@Path("v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({ImportResource.CSV, ImportResource.XLSX, MediaType.APPLICATION_OCTET_STREAM})
public class ImportResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CheckedImports imports;
    @Inject
    ProblemResponses problems;
    @Context
    HttpHeaders headers;

    @POST
    @Path("learners/preview")
    @Operation(summary = "What importing a file of learners and enrolments would do, row by row, with each row's "
            + "refusals; writes nothing")
    @APIResponse(responseCode = "200", description = "The rows and their outcomes")
    @APIResponse(responseCode = "422", description = "The file as a whole cannot be read (a column missing, empty)")
    public ImportReportView previewLearners(byte[] file) {
        return ImportReportView.of(imports.learners().preview(body(file)), problems.locale(headers));
    }

    @POST
    @Path("learners")
    @Operation(summary = "Import learners and their enrolments (columns familyName, givenName, birthDate, niss, email, "
            + "phone, language, entryStatus, educationLevel, session, partner); bad rows are reported, not imported")
    public ImportReportView importLearners(byte[] file) {
        return ImportReportView.of(imports.learners().run(body(file), imports.username(), done -> { }), problems.locale(headers));
    }

    @POST
    @Path("attendance/preview")
    @Operation(summary = "What importing a file of attendance marks (meeting, enrolment, mark) would do; writes nothing")
    public ImportReportView previewAttendance(byte[] file) {
        return ImportReportView.of(imports.attendance().preview(body(file)), problems.locale(headers));
    }

    @POST
    @Path("attendance")
    @Operation(summary = "Import attendance marks; a mark imported again replaces the earlier one")
    public ImportReportView importAttendance(byte[] file) {
        return ImportReportView.of(imports.attendance().run(body(file), imports.username(), done -> { }), problems.locale(headers));
    }

    private static byte[] body(byte[] file) {
        if (file == null || file.length == 0) {
            throw InvalidRequestException.missingBody();
        }
        return file;
    }
}
