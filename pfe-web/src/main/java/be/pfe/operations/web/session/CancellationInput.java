package be.pfe.operations.web.session;

/** The body of a request that cancels a meeting: {@code {"reason":"..."}}. */
public record CancellationInput(String reason) {
}
