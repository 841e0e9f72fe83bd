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
}
