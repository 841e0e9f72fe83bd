package be.pfe.operations.domain.access;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use case: a method that pages, the API, imports and jobs call, and that checks its caller itself. Before
 * it runs, {@link UseCaseGuard} resolves every record its arguments name ({@link Names}) through
 * {@link RecordAccess} with this kind of access; a use case that names no record needs the access in at least one
 * centre. So no entry point can skip the check, and a new entry point gets it without further ado.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface UseCase {

    /** The kind of access the use case needs for the records it names. */
    @Nonbinding
    Access value() default Access.RECORDS;
}
