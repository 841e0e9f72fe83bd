package be.pfe.operations.web.pathway;

import be.pfe.operations.scheduling.pathway.LearnerPathway;
import be.pfe.operations.scheduling.pathway.LearnerPathways;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.web.api.Identifiers;
import be.pfe.operations.web.api.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A learner's pathway as one timeline (course titles in the language of Accept-Language). */
@Path("v1/learners/{id}/pathway")
@Produces(MediaType.APPLICATION_JSON)
public class PathwayResource {

    @Inject
    LearnerPathways pathways;
    @Inject
    ProblemResponses problems;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Screenings, enrolments with attendance rate, placements with visits and outcome, skills "
            + "validations and certificates, oldest first, each with who recorded it and when; the learner's name "
            + "only for those who may read their personal data")
    public LearnerPathway get(@PathParam("id") String id) {
        return pathways.of(Identifiers.identifier(id), Language.of(problems.locale(headers)));
    }
}
