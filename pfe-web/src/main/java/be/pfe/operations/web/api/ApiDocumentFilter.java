package be.pfe.operations.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

/**
 * The media types of the API's description at {@code /openapi} (the runtime's MicroProfile OpenAPI endpoint, which
 * knows only {@code text/plain} for YAML and {@code application/json}): YAML is served as {@code application/yaml}
 * by default and when asked for ({@code application/yaml}, {@code application/vnd.oai.openapi},
 * {@code text/yaml}); JSON when {@code Accept} asks for JSON ({@code application/json},
 * {@code application/vnd.oai.openapi+json}) or the query says {@code format=JSON}.
 */
@WebFilter(filterName = "apiDocument", urlPatterns = "/openapi", asyncSupported = true)
public class ApiDocumentFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String YAML = "application/yaml;charset=UTF-8";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String accept = String.valueOf(request.getHeader("Accept")).toLowerCase(Locale.ROOT);
        String format = String.valueOf(request.getParameter("format")).toUpperCase(Locale.ROOT);
        boolean json = format.equals("JSON") || (!format.equals("YAML") && accept.contains("json"));
        String runtimeAccept = json ? "application/json" : "text/plain";
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return "Accept".equalsIgnoreCase(name) ? runtimeAccept : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(runtimeAccept))
                        : super.getHeaders(name);
            }
        }, json ? response : new YamlResponse(response));
    }

    /** Says application/yaml where the runtime says text/plain. */
    private static final class YamlResponse extends HttpServletResponseWrapper {

        YamlResponse(HttpServletResponse response) {
            super(response);
        }

        private static String type(String type) {
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/plain") ? YAML : type;
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type(type));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? type(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? type(value) : value);
        }
    }
}
