package be.pfe.operations.web.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.Optional;

/**
 * The optional sign-in through an OpenID Connect provider (e.g. Keycloak), off unless configured: {@code
 * pfe.oidc.enabled=true} with the provider's issuer, its authorization, token and key-set endpoints, and this
 * application's client id and secret (environment: {@code PFE_OIDC_ENABLED}, {@code PFE_OIDC_ISSUER}, ...). The
 * provider says who the user is (by the claim {@code pfe.oidc.username-claim}, {@code preferred_username} unless told
 * otherwise); what they may do still comes from their account here, which must exist and be active.
 */
@Named("openIdSettings")
@ApplicationScoped
public class OpenIdSettings {

    private final boolean enabled;
    private final String issuer;
    private final URI authorizationEndpoint;
    private final URI tokenEndpoint;
    private final URI jwksUri;
    private final String clientId;
    private final String clientSecret;
    private final String usernameClaim;
    private final String redirectUri;

    public OpenIdSettings() {
        Config config = ConfigProvider.getConfig();
        this.enabled = config.getOptionalValue("pfe.oidc.enabled", Boolean.class).orElse(false);
        this.issuer = text(config, "pfe.oidc.issuer");
        this.authorizationEndpoint = uri(config, "pfe.oidc.authorization-endpoint");
        this.tokenEndpoint = uri(config, "pfe.oidc.token-endpoint");
        this.jwksUri = uri(config, "pfe.oidc.jwks-uri");
        this.clientId = text(config, "pfe.oidc.client-id");
        this.clientSecret = text(config, "pfe.oidc.client-secret");
        this.usernameClaim = Optional.ofNullable(text(config, "pfe.oidc.username-claim")).orElse("preferred_username");
        this.redirectUri = text(config, "pfe.oidc.redirect-uri");
        if (enabled && (issuer == null || authorizationEndpoint == null || tokenEndpoint == null || jwksUri == null
                || clientId == null || clientSecret == null)) {
            throw new IllegalStateException("pfe.oidc.enabled needs pfe.oidc.issuer, authorization-endpoint, "
                    + "token-endpoint, jwks-uri, client-id and client-secret");
        }
    }

    private static String text(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(value -> !value.isEmpty())
                .orElse(null);
    }

    private static URI uri(Config config, String name) {
        String value = text(config, name);
        return value == null ? null : URI.create(value);
    }

    public boolean isEnabled() {
        return enabled;
    }

    String issuer() {
        return issuer;
    }

    URI authorizationEndpoint() {
        return authorizationEndpoint;
    }

    URI tokenEndpoint() {
        return tokenEndpoint;
    }

    URI jwksUri() {
        return jwksUri;
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    String usernameClaim() {
        return usernameClaim;
    }

    /** Where the provider sends the browser back; {@code null}: this application's own callback as requested. */
    String redirectUri() {
        return redirectUri;
    }
}
