package be.pfe.operations.web.session;

import java.util.List;

/** One page of sessions, with the total count so that clients can page through all of them. */
public record SessionPage(List<SessionView> items, long total, int first, int size) {
}
