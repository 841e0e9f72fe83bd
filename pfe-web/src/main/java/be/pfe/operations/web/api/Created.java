package be.pfe.operations.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/** Answers for what a POST to a collection made: the new member's address is the collection's, then its id. */
public final class Created {

    private Created() {
    }

    /** 201 Created, with the new member's address and what it now is. */
    public static Response at(UriInfo collection, long id, Object entity) {
        return Response.created(member(collection, id)).entity(entity).build();
    }

    /** The address of the member {@code id} of the collection the request went to. */
    public static URI member(UriInfo collection, long id) {
        return collection.getAbsolutePathBuilder().path(Long.toString(id)).build();
    }
}
