package be.pfe.operations.reporting.documents;

/** A document issued: its number, a file name without personal data, and its content. */
public record IssuedDocument(String number, String fileName, String contentType, byte[] content) {
}
