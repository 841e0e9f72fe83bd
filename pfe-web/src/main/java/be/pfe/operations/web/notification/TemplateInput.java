package be.pfe.operations.web.notification;

/** A centre's own text of a kind of message in one language. */
public record TemplateInput(String subject, String body) {
}
