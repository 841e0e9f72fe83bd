package be.pfe.operations.domain.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Checks the caller of every {@link UseCase} before it runs, whoever calls it (a page, the API, an import, a job):
 * each record named by an argument, or by a component of a record argument ({@link Names}), goes through
 * {@link RecordAccess} with the access the use case needs; a use case that names no record needs
 * its access in at least one centre. Runs inside the use case's transaction, so that a record created earlier in
 * the same transaction is found.
 */
@UseCase
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class UseCaseGuard {

    @Inject
    RecordAccess records;

    protected UseCaseGuard() {
        // for CDI
    }

    public UseCaseGuard(RecordAccess records) {
        this.records = records;
    }

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        check(invocation.getMethod(), invocation.getParameters());
        return invocation.proceed();
    }

    /** The check alone: refuses (403/404) unless the actor may reach every record the arguments name. */
    public void check(Method method, Object[] arguments) {
        UseCase useCase = useCaseOf(method);
        if (useCase == null) {
            return;
        }
        List<NamedRecord> named = namedRecords(method, arguments, useCase.value());
        if (named.isEmpty()) {
            records.actor().requireAny(useCase.value());
        }
        for (NamedRecord record : named) {
            records.to(record.kind(), record.access(), record.id());
        }
    }

    /** The records the arguments name, with the access each needs (non-null values only). */
    public static List<NamedRecord> namedRecords(Method method, Object[] arguments, Access useCaseAccess) {
        List<NamedRecord> named = new ArrayList<>();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Object argument = arguments[i];
            Names names = parameters[i].getAnnotation(Names.class);
            if (names != null) {
                add(named, names, argument, useCaseAccess);
            } else if (argument != null && argument.getClass().isRecord()) {
                for (RecordComponent component : argument.getClass().getRecordComponents()) {
                    Names inner = component.getAnnotation(Names.class);
                    if (inner != null) {
                        add(named, inner, value(component, argument), useCaseAccess);
                    }
                }
            }
        }
        return named;
    }

    /** The use case's annotation, on the method or its class (the container may hand out a subclass). */
    public static UseCase useCaseOf(Method method) {
        UseCase onMethod = method.getAnnotation(UseCase.class);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(UseCase.class);
    }

    private static void add(List<NamedRecord> named, Names names, Object value, Access access) {
        if (value instanceof Collection<?> several) {
            several.stream().filter(java.util.Objects::nonNull)
                    .forEach(id -> named.add(new NamedRecord(names.value(), access, id)));
        } else if (value != null) {
            named.add(new NamedRecord(names.value(), access, value));
        }
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    /** A record named by an argument: its kind, the access needed, its id (a centre: its code). */
    public record NamedRecord(RecordKind kind, Access access, Object id) {
    }
}
