package be.pfe.operations.web.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;

/**
 * The same paging on every list of the API. The lists answered as one page object (sessions, learners) read
 * {@code first} and {@code size} themselves and tell their {@code total}; every other list (an array) takes the same
 * two parameters here: {@code first}, the index of the first row (from 0), and {@code size}, how many rows (1 to
 * {@value #MAX_SIZE}; all from {@code first} when not given), and tells how many rows there are in all in the header
 * {@value #TOTAL}. A parameter that is not a number in its bounds is refused (400) before anything is read.
 */
@Provider
public class CollectionPaging implements ContainerRequestFilter, ContainerResponseFilter {

    /** The header telling how many rows a list has in all, whatever the page asked. */
    public static final String TOTAL = "X-Total-Count";
    public static final int MAX_SIZE = 200;

    private static final String FIRST = "pfe.paging.first";
    private static final String SIZE = "pfe.paging.size";

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) || pagesItself()) {
            return;
        }
        var query = request.getUriInfo().getQueryParameters();
        Integer first = QueryParameters.integer("first", query.getFirst("first"));
        Integer size = QueryParameters.integer("size", query.getFirst("size"));
        if (first != null && first < 0) {
            throw InvalidRequestException.parameter("first", query.getFirst("first"));
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw InvalidRequestException.parameter("size", query.getFirst("size"));
        }
        request.setProperty(FIRST, first);
        request.setProperty(SIZE, size);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200
                || !(response.getEntity() instanceof List<?> rows) || pagesItself()) {
            return;
        }
        Integer first = (Integer) request.getProperty(FIRST);
        Integer size = (Integer) request.getProperty(SIZE);
        response.getHeaders().putSingle(TOTAL, Integer.toString(rows.size()));
        if (first == null && size == null) {
            return;
        }
        int from = Math.min(first == null ? 0 : first, rows.size());
        int to = size == null ? rows.size() : (int) Math.min((long) from + size, rows.size());
        response.setEntity(new java.util.ArrayList<>(rows.subList(from, to)), response.getEntityAnnotations(),
                response.getMediaType());
    }

    /** The operation reads {@code first} itself (it answers a page object with its total). */
    private boolean pagesItself() {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query && "first".equals(query.value())) {
                    return true;
                }
            }
        }
        return false;
    }
}
