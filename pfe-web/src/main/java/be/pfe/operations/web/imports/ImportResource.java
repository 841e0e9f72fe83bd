package be.pfe.operations.web.imports;

import be.pfe.operations.domain.shared.BusinessRuleException;
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

import java.io.InputStream;

/**
 * Partners' files, sent as the request body (CSV, or an Excel workbook): a preview that writes nothing, then the
 * import, each good row in a transaction of its own. Importing the same file again creates nothing twice. The body is
 * read as a stream, and only after the user's rights were checked and an import was free to start (see
 * {@link CheckedImports}).
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
    @Inject
    ImportTemplates templates;
    @Context
    HttpHeaders headers;

    @POST
    @Path("learners/preview")
    @Operation(summary = "What importing a file of learners and enrolments would do, row by row, with each row's "
            + "refusals; writes nothing")
    @APIResponse(responseCode = "200", description = "The rows and their outcomes")
    @APIResponse(responseCode = "403", description = "The user plans in no centre (refused before the file is read)")
    @APIResponse(responseCode = "422", description = "The file as a whole cannot be read (a column missing, empty, "
            + "too large, too many rows)")
    @APIResponse(responseCode = "429", description = "Other imports are being read: try again after Retry-After seconds")
    public ImportReportDto previewLearners(InputStream file) {
        return ImportReportDto.of(imports.preview(imports.learners(), () -> body(file)), problems.locale(headers));
    }

    @POST
    @Path("learners")
    @Operation(summary = "Import learners and their enrolments (columns familyName, givenName, birthDate, niss, email, "
            + "phone, language, entryStatus, educationLevel, session, partner; the session by its code as the sessions "
            + "list shows it, e.g. TEC-ELEC-01 · 2027-03-01, or its number); bad rows are reported, not imported")
    public ImportReportDto importLearners(InputStream file) {
        return ImportReportDto.of(imports.run(imports.learners(), () -> body(file), done -> { }),
                problems.locale(headers));
    }

    @POST
    @Path("attendance/preview")
    @Operation(summary = "What importing a file of attendance marks (meeting, enrolment, mark) would do; writes nothing")
    public ImportReportDto previewAttendance(InputStream file) {
        return ImportReportDto.of(imports.preview(imports.attendance(), () -> body(file)), problems.locale(headers));
    }

    @POST
    @Path("attendance")
    @Operation(summary = "Import attendance marks; a mark imported again replaces the earlier one")
    public ImportReportDto importAttendance(InputStream file) {
        return ImportReportDto.of(imports.run(imports.attendance(), () -> body(file), done -> { }),
                problems.locale(headers));
    }

    @jakarta.ws.rs.GET
    @Path("{kind}/template.{format}")
    @Produces({CSV, XLSX})
    @Operation(summary = "The template of an import (learners or attendance) as CSV or XLSX: the header row in the "
            + "language asked for (lang=fr, nl or en; else the request's), and in the workbook a sheet of the values "
            + "each column accepts")
    @APIResponse(responseCode = "200", description = "The template")
    @APIResponse(responseCode = "403", description = "The user plans in no centre")
    @APIResponse(responseCode = "404", description = "No such import or format")
    public jakarta.ws.rs.core.Response template(@jakarta.ws.rs.PathParam("kind") String kind,
                                                @jakarta.ws.rs.PathParam("format") String format,
                                                @jakarta.ws.rs.QueryParam("lang") String lang) {
        imports.requireImporter();
        ImportTemplates.Kind which = ImportTemplates.Kind.of(kind);
        be.pfe.operations.domain.shared.Language language = lang == null || lang.isBlank()
                ? be.pfe.operations.domain.shared.Language.of(problems.locale(headers))
                : be.pfe.operations.domain.shared.Language.of(java.util.Locale.forLanguageTag(lang.strip()));
        String name = "pfe-import-" + which.path() + "-" + language.name().toLowerCase(java.util.Locale.ROOT);
        if ("csv".equals(format)) {
            return jakarta.ws.rs.core.Response.ok(templates.csv(which, language), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
        }
        if ("xlsx".equals(format)) {
            return jakarta.ws.rs.core.Response.ok(templates.xlsx(which, language), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
        }
        throw new be.pfe.operations.domain.shared.NotFoundException("import.template.unknown", null, format);
    }

    private byte[] body(InputStream file) {
        return UploadedFile.read(headers, file);
    }
}
