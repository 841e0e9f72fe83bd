package be.pfe.operations.web.api;

/** Reads the numeric identifiers of paths and query parameters; anything else is a bad request (400). */
public final class Identifiers {

    private Identifiers() {
    }

    /** A record's id from the path, e.g. {@code /sessions/{id}}. */
    public static long identifier(String id) {
        return of("id", id);
    }

    public static long of(String parameter, String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.parameter(parameter, value);
        }
    }
}
