package be.pfe.operations.web.api;

/** Reading the parameters of a request's path and query, refusing bad ones with a clear problem. */
public final class Parameters {

    private Parameters() {
    }

    /** A record's id from the path, e.g. {@code /sessions/{id}}. */
    public static long identifier(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.parameter("id", id);
        }
    }
}
