package be.pfe.operations.web.platform;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The id of each request: the caller's {@value #HEADER} when it is a plain token (letters, digits, {@code . _ -},
 * at most 64), else a random one. It is returned in the response's {@value #HEADER} header, written into problem
 * documents ({@code requestId}) and into every log line written while the request runs (JSON logs, see
 * {@link JsonLogFormatter}), so that a user's report, a balancer's log and the application's log meet. It never
 * carries personal data: a caller's id is an opaque token, a given one is random.
 *
 * <p>A request listener (not a filter) so that the id exists before authentication, which runs before filters.
 */
@WebListener
public class RequestIds implements ServletRequestListener {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The id of the request the current thread serves, or null outside a request. */
    public static String current() {
        return CURRENT.get();
    }

    /** The id of this request (taken or made once, kept in the request). */
    public static String of(ServletRequest request) {
        Object kept = request.getAttribute(ATTRIBUTE);
        if (kept instanceof String id) {
            return id;
        }
        String sent = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
        String id = sent != null && TOKEN.matcher(sent).matches() ? sent : generate();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    static String generate() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Binds the id to the thread that serves the request (asynchronous continuations are bound again by the filter). */
    public static void bind(ServletRequest request) {
        CURRENT.set(of(request));
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        bind(event.getServletRequest());
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        CURRENT.remove();
    }
}
