package be.pfe.operations.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is HttpOnly and SameSite=Strict (web.xml); behind TLS ({@code PFE_TLS=true}) it is also
 * Secure, so it never travels in clear.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean tls = ConfigProvider.getConfig().getOptionalValue("pfe.tls", Boolean.class).orElse(false);
        event.getServletContext().getSessionCookieConfig().setSecure(tls);
    }
}
