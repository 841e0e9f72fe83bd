package be.pfe.operations.web.privacy;

import be.pfe.operations.domain.privacy.PseudonymisationRun;
import be.pfe.operations.domain.privacy.RetainedRecordKind;
import be.pfe.operations.domain.privacy.RetentionPolicy;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.reporting.privacy.LearnerDossier;
import be.pfe.operations.web.api.Created;
import be.pfe.operations.web.api.InvalidRequestException;
import be.pfe.operations.web.api.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static be.pfe.operations.web.api.Identifiers.identifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Personal data management (administrators only; 403 for everyone else). Learners appear by id only in URLs. */
@Path("v1/privacy")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    @Inject
    PrivacyAdministration privacy;
    @Inject
    ProblemResponses problems;
    @Context
    HttpHeaders headers;

    /** A retention period as the API gives it. */
    @Schema(name = "RetentionView")
    public record RetentionDto(String kind, int months, String updatedBy, OffsetDateTime updatedAt) {
        static List<RetentionDto> of(List<RetentionPolicy> policies) {
            return policies.stream().map(p -> new RetentionDto(p.recordKind().name(), p.months(), p.updatedBy(),
                    p.updatedAt())).toList();
        }
    }

    @GET
    @Path("retention")
    @Operation(summary = "The retention periods: months after the learner's last activity, per kind of record")
    public List<RetentionDto> retention() {
        return RetentionDto.of(privacy.retention());
    }

    @PUT
    @Path("retention")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change retention periods: a map of kind to months (1 to 1200); all or none")
    public List<RetentionDto> changeRetention(Map<String, Integer> months) {
        InvalidRequestException.requireBody(months);
        Map<RetainedRecordKind, Integer> byKind = new EnumMap<>(RetainedRecordKind.class);
        months.forEach((kind, value) -> {
            try {
                byKind.put(RetainedRecordKind.valueOf(kind), value);
            } catch (IllegalArgumentException e) {
                throw new be.pfe.operations.domain.shared.BusinessRuleException("privacy.retention.kindUnknown", "kind", kind);
            }
        });
        return RetentionDto.of(privacy.changeRetention(byKind));
    }

    @POST
    @Path("pseudonymisation-runs")
    @Operation(summary = "Run the pseudonymisation now; poll the run for its progress and result")
    @APIResponse(responseCode = "202", description = "Started")
    @APIResponse(responseCode = "422", description = "A run is already running")
    public Response runNow(@Context UriInfo uri) {
        PseudonymisationRun run = privacy.runNow();
        return Response.accepted(run).location(Created.member(uri, run.id()))
                .build();
    }

    @GET
    @Path("pseudonymisation-runs/{id}")
    @Operation(summary = "A pseudonymisation run: its progress, then its result")
    public PseudonymisationRun run(@PathParam("id") String id) {
        return privacy.run(identifier(id));
    }

    @GET
    @Path("learners/{id}/export")
    @Operation(summary = "Everything held on one learner (subject-access export), national register number in full")
    public LearnerDossier export(@PathParam("id") String id) {
        return privacy.export(identifier(id), language());
    }

    @GET
    @Path("learners/{id}/export.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The subject-access export as a PDF document in the reader's language")
    public Response exportPdf(@PathParam("id") String id) {
        long learner = identifier(id);
        return Response.ok(privacy.exportPdf(learner, language()), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"learner-" + learner + ".pdf\"")
                .build();
    }

    @POST
    @Path("learners/{id}/erasure")
    @Operation(summary = "Erase a learner on request where the law allows it (pseudonymised at once)")
    @APIResponse(responseCode = "200", description = "Erased")
    @APIResponse(responseCode = "422", description = "Refused: the rule that keeps the records is named")
    public Map<String, Object> erase(@PathParam("id") String id) {
        long learner = identifier(id);
        privacy.erase(learner);
        return Map.of("learnerId", learner, "erased", true);
    }

    private Language language() {
        return Language.of(problems.locale(headers));
    }
}
