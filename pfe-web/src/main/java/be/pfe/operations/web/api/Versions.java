package be.pfe.operations.web.api;

import be.pfe.operations.domain.shared.StaleVersionException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.util.function.Supplier;

/**
 * Optimistic locking over the API for records with a version (courses, rooms, trainers), as for the plans: an answer
 * carries the version as ETag; a change sends it back as {@code If-Match} (412 when someone changed the record since)
 * or as {@code version} in the body (409), and a change of contents without either is refused (428).
 */
public final class Versions {

    private Versions() {
    }

    /** The version a change starts from: If-Match first, else the body's; {@code required} for changes of contents. */
    public static Long from(String ifMatch, Long bodyVersion, boolean required) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            return Identifiers.of("If-Match", ifMatch.strip().replace("W/", "").replace("\"", ""));
        }
        if (bodyVersion == null && required) {
            throw PreconditionException.required();
        }
        return bodyVersion;
    }

    /** A change refused for a stale If-Match answers 412 (and for a stale body version, 409). */
    public static <T> T conditional(String ifMatch, Supplier<T> change) {
        try {
            return change.get();
        } catch (StaleVersionException stale) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw PreconditionException.failed(stale);
            }
            throw stale;
        }
    }

    /** The failure is (or is caused by) a change made meanwhile by someone else (JPA optimistic locking). */
    public static boolean concurrent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof StaleVersionException) {
                return true;
            }
        }
        return false;
    }

    /** The answer with its version as ETag. */
    public static Response tagged(Response.ResponseBuilder response, Object entity, long version) {
        return response.tag(new EntityTag(Long.toString(version))).entity(entity).build();
    }
}
