package be.pfe.operations.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API, under {@code /api/v1}; its description is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "PFE Operations API", version = "1",
        description = "Centres, course sessions and seat figures of the Brussels training and employment centres. "
                + "Errors are RFC 9457 problem documents in the language of Accept-Language (fr, nl, en)."))
public class RestApplication extends Application {
}
