package be.pfe.operations.web.session;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of sessions, with the total count so that clients can page through all of them. */
@Schema(name = "SessionPage")
public record SessionResultsDto(List<SessionDto> items, long total, int first, int size) {
}
