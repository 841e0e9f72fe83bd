package be.pfe.operations.web.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * JSON logs on demand: with {@code PFE_LOG_FORMAT=json} (MicroProfile Config {@code pfe.log.format}) the handlers of
 * the server's root logger (Payara Micro's console) write {@link JsonLogFormatter} lines from the moment the
 * application is deployed until it is undeployed, when their own formatters come back. Default: {@code text}
 * (Payara's format).
 */
@WebListener
public class LogFormat implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(LogFormat.class.getName());
    private final Map<Handler, Formatter> previous = new IdentityHashMap<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String format = ConfigProvider.getConfig().getOptionalValue("pfe.log.format", String.class).orElse("text");
        if (!"json".equals(format.trim().toLowerCase(Locale.ROOT))) {
            return;
        }
        JsonLogFormatter json = new JsonLogFormatter();
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            previous.put(handler, handler.getFormatter());
            handler.setFormatter(json);
        }
        LOG.info(() -> "Logging as JSON lines on " + previous.size() + " handler(s)");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        previous.forEach(Handler::setFormatter);
        previous.clear();
    }
}
