package be.pfe.operations.web.diagnostics;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Keeps the number of statements of a request that names itself in {@value #HEADER} (when statements are counted,
 * see {@link StatementCount}). The count starts when the previous request of the thread ended, so the statements of
 * authentication, which runs before any filter, are in it.
 */
@WebFilter(filterName = "statementCount", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = DispatcherType.REQUEST)
public class StatementCountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "X-Diagnostics-Id";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    @Inject
    private StatementCount statementCount;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!StatementCount.enabled()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            StatementCount.Statements statements = StatementCount.takeFromThisThread();
            String id = request.getHeader(HEADER);
            if (id != null && ID.matcher(id).matches()) {
                statementCount.keep(id, statements);
            }
        }
    }
}
