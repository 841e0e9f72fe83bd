package be.pfe.operations.web.imports;

import be.pfe.operations.scheduling.imports.HistoryKind;
import be.pfe.operations.web.api.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.InputStream;

/**
 * Bringing a centre's past years in from its partners' systems (issue 16): one file per kind (courses, sessions,
 * learners, enrolments), CSV or XLSX, headers in French, Dutch or English (templates:
 * {@code GET /imports/history-<kind>/template.csv|xlsx}). A dry run reports every problem of every row and writes
 * nothing; the import writes each good row in its own transaction. Rows are known by their source system's own ids
 * (source, external id): importing the same file again changes nothing.
 */
@Path("v1/imports/history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({ImportResource.CSV, ImportResource.XLSX, MediaType.APPLICATION_OCTET_STREAM})
public class HistoryImportResource {

    @Inject
    HistoryImports imports;
    @Inject
    ProblemResponses problems;
    @Inject
    ImportTemplates templates;
    @Context
    HttpHeaders headers;

    @POST
    @Path("{kind}")
    @Operation(summary = "Import a historical file of one kind (courses, sessions, learners, enrolments, companies, "
            + "placements, validations, screenings); with "
            + "dryRun=true, what it would do, every problem of every row, and nothing written")
    @APIResponse(responseCode = "200", description = "The rows, their outcomes, problems and warnings")
    @APIResponse(responseCode = "403", description = "The user has not the history-import right (refused before the "
            + "file is read)")
    @APIResponse(responseCode = "404", description = "No such kind")
    @APIResponse(responseCode = "422", description = "The file as a whole cannot be read")
    @APIResponse(responseCode = "429", description = "Other imports are being read: try again after Retry-After seconds")
    public HistoryReportDto importHistory(@PathParam("kind") String kind, @QueryParam("dryRun") boolean dryRun,
                                           InputStream file) {
        imports.requireHistoryImport();
        HistoryKind which = HistoryKind.of(kind);
        return HistoryReportDto.of(imports.importFile(which, () -> body(file), dryRun), problems.locale(headers));
    }

    @POST
    @Consumes({ImportResource.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a workbook of past years with a sheet per kind (courses, sessions, learners, "
            + "enrolments, companies, placements, validations, screenings; sheet names in French, Dutch or English), applied kind after kind; with dryRun=true, what "
            + "it would do (a row may refer to rows of earlier sheets), every problem of every row, nothing written")
    @APIResponse(responseCode = "200", description = "One report per sheet, in the order applied")
    @APIResponse(responseCode = "403", description = "The user has not the history-import right")
    @APIResponse(responseCode = "422", description = "The workbook cannot be read, or has no sheet of a known kind")
    public java.util.List<HistoryReportDto> importWorkbook(@QueryParam("dryRun") boolean dryRun, InputStream file) {
        imports.requireHistoryImport();
        java.util.Locale locale = problems.locale(headers);
        return imports.importWorkbook(() -> body(file), dryRun).stream()
                .map(report -> HistoryReportDto.of(report, locale)).toList();
    }

    @jakarta.ws.rs.GET
    @Path("template.xlsx")
    @Produces(ImportResource.XLSX)
    @Operation(summary = "The template of a workbook of past years: a sheet per kind (courses, sessions, learners, "
            + "enrolments, companies, placements, validations, screenings) named and headed in the reader's "
            + "language, and a sheet of the values the columns take")
    @APIResponse(responseCode = "200", description = "The workbook template")
    @APIResponse(responseCode = "403", description = "The user has not the history-import right")
    public jakarta.ws.rs.core.Response workbookTemplate(@QueryParam("lang") String lang) {
        imports.requireHistoryImport();
        be.pfe.operations.domain.shared.Language language = templateLanguage(lang);
        return jakarta.ws.rs.core.Response.ok(templates.historyWorkbook(language), ImportResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"pfe-import-history-"
                        + language.name().toLowerCase(java.util.Locale.ROOT) + ".xlsx\"").build();
    }

    private be.pfe.operations.domain.shared.Language templateLanguage(String lang) {
        return lang == null || lang.isBlank()
                ? be.pfe.operations.domain.shared.Language.of(problems.locale(headers))
                : be.pfe.operations.domain.shared.Language.of(java.util.Locale.forLanguageTag(lang.strip()));
    }

    private byte[] body(InputStream file) {
        return UploadedFile.read(headers, file);
    }
}
