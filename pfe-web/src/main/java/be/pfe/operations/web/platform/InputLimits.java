package be.pfe.operations.web.platform;

import be.pfe.operations.domain.shared.DateWindow;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The configured limits of what the application accepts, set once at start-up: the window of accepted dates
 * ({@code pfe.dates.earliest}, {@code pfe.dates.latest}, env {@code PFE_DATES_EARLIEST}, {@code PFE_DATES_LATEST})
 * and the longest session ({@code pfe.dates.max-session-years}, env {@code PFE_DATES_MAX_SESSION_YEARS}), see
 * {@link DateWindow}. Request body sizes are read by {@link be.pfe.operations.web.api.StrictBodies}.
 */
@Singleton
@Startup
public class InputLimits {

    private static final Logger LOG = Logger.getLogger(InputLimits.class.getName());

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig();
        DateWindow.configure(
                config.getOptionalValue("pfe.dates.earliest", String.class).map(String::strip).map(LocalDate::parse).orElse(null),
                config.getOptionalValue("pfe.dates.latest", String.class).map(String::strip).map(LocalDate::parse).orElse(null),
                config.getOptionalValue("pfe.dates.max-session-years", Integer.class).orElse(null));
        LOG.info(() -> "Dates accepted from " + DateWindow.earliest() + " to " + DateWindow.latest()
                + ", sessions up to " + DateWindow.maxSessionYears() + " years");
    }
}
