package be.pfe.operations.web.user;

/** A new password given by an administrator. */
public record PasswordInput(String password) {
}
