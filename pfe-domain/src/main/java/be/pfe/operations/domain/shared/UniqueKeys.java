package be.pfe.operations.domain.shared;

import java.sql.SQLException;

/** Tells a unique key's refusal (PostgreSQL's SQLSTATE 23505) among the causes of a persistence failure. */
public final class UniqueKeys {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeys() {
    }

    public static boolean violatedBy(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }
}
