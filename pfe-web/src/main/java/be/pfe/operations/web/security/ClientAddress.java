package be.pfe.operations.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address a request comes from, as the sign-in throttle and the audit of refusals count it: the connection's
 * remote address; behind a trusted proxy ({@code PFE_TRUSTED_PROXY=true}, property {@code pfe.trusted-proxy}) the
 * last address of {@code X-Forwarded-For}, the one that proxy saw (earlier ones are the client's own word).
 * Without that setting the header is ignored: anyone can send it.
 */
public final class ClientAddress {

    private static volatile Boolean trustedProxy;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (behindTrustedProxy()) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty() && last.length() <= 64 && last.matches("[0-9A-Fa-f.:\\[\\]]+")) {
                    address = last;
                }
            }
        }
        return address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
    }

    static boolean behindTrustedProxy() {
        Boolean trusted = trustedProxy;
        if (trusted == null) {
            trusted = ConfigProvider.getConfig().getOptionalValue("pfe.trusted-proxy", Boolean.class).orElse(false);
            trustedProxy = trusted;
        }
        return trusted;
    }
}
