package be.pfe.operations.web.trainer;

import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.web.api.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

@Path("v1/trainers")
@Produces(MediaType.APPLICATION_JSON)
public class TrainerResource {

    @Inject
    TrainerDirectory directory;
    @Inject
    ProblemResponses problems;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The trainers, by code; those who work at a centre with ?centre=")
    public List<TrainerView> list(@QueryParam("centre") String centre) {
        return directory.list(centre == null || centre.isBlank() ? null : centre.strip());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One trainer: partner, centres, qualifications, weekly availability and absences")
    public TrainerDetails get(@PathParam("code") String code) {
        return directory.details(code, Language.of(problems.locale(headers)));
    }
}
