package be.pfe.operations.domain.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An argument of a {@link UseCase} (or a component of a record passed to one) that names a record by its id (a
 * centre by its code): the record is resolved through {@link RecordAccess} before the use case runs. A
 * {@code null} value names nothing (the use case's own rules say whether it is required).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Names {

    RecordKind value();

    /**
     * The access needed for this record, when it differs from the use case's: e.g. enrolling a learner is
     * planning for the session and reading personal data for the learner.
     */
    Access access() default Access.REFERENCE_DATA;

    /** Marker: {@link #access()} left to the use case's. */
    Access SAME = Access.REFERENCE_DATA;
}
