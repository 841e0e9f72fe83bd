package be.pfe.operations.web.diagnostics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code GET /diagnostics/statements?request=ID}: the number of SQL statements of the request named ID, as plain
 * text, then (with {@code &sql=true}) each statement's SQL on a line of its own, without its values; 404 when
 * statements are not counted or that request is not known.
 */
@WebServlet(urlPatterns = "/diagnostics/statements")
public class StatementCountServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private StatementCount statementCount;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StatementCount.Statements statements = StatementCount.enabled()
                ? statementCount.of(request.getParameter("request")) : null;
        if (statements == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println(statements.sql().size());
        if ("true".equals(request.getParameter("sql"))) {
            statements.sql().forEach(out::println);
        }
    }
}
