package be.pfe.operations.web.access;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.access.UseCaseGuard;
import be.pfe.operations.domain.learner.LearnerRegistration;
import be.pfe.operations.domain.screening.ScreeningDetails;
import be.pfe.operations.scheduling.seats.SeatBooking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The use cases of the domain and scheduling modules check their caller themselves: every public method of a
 * transactional service that changes something is a {@link UseCase}, and every argument that names a record by its
 * id says which ({@link Names}), so that {@link UseCaseGuard} resolves it through the one access rule whoever calls.
 * A new service method that forgets it fails here.
 */
class UseCaseCoverageTest {

    /**
     * Transactional services whose methods are not use cases of their own, with the reason: they are called only
     * by use cases that checked already, or by jobs that act for the whole region.
     */
    private static final Map<String, String> NOT_USE_CASES = Map.ofEntries(
            Map.entry("be.pfe.operations.domain.plan.PlanWorkflow",
                    "checks its actor itself, per plan, before every read and change"),
            Map.entry("be.pfe.operations.domain.account.UserAdministration",
                    "administrators only: checks USER_ADMINISTRATION itself"),
            Map.entry("be.pfe.operations.domain.account.Accounts", "the signed-in user's own account"),
            Map.entry("be.pfe.operations.domain.privacy.Pseudonymisation", "the nightly job, region-wide"),
            Map.entry("be.pfe.operations.domain.privacy.RetentionSettings", "privacy administration, checked by its page"),
            Map.entry("be.pfe.operations.domain.privacy.LearnerErasure", "privacy administration, checked by its page"),
            Map.entry("be.pfe.operations.domain.privacy.PrivacyLog", "written by the privacy use cases"),
            Map.entry("be.pfe.operations.reporting.privacy.SubjectAccess", "privacy administration, checked by its page"),
            Map.entry("be.pfe.operations.scheduling.timetabling.TimetablingJobStore", "the solver's background job"),
            Map.entry("be.pfe.operations.domain.notification.OutboxReminders",
                    "the notification job, region-wide: the reminders of tomorrow's starts, for no user"),
            Map.entry("be.pfe.operations.domain.notification.OutboxDelivery",
                    "the notification job, region-wide: sends the outbox's due messages, for no user"),
            Map.entry("be.pfe.operations.scheduling.session.SessionCalendarFollower",
                    "the session status job, region-wide: moves statuses with the calendar, for no user"),
            Map.entry("be.pfe.operations.scheduling.timetabling.TermTimetables",
                    "applies a job through SessionTimetabling's use cases, which check every session"),
            Map.entry("be.pfe.operations.scheduling.imports.LearnerRowStore",
                    "each row through EnrolmentWorkflow and LearnerRegistration's use cases"),
            Map.entry("be.pfe.operations.scheduling.timetabling.AutomaticTimetabling",
                    "a re-planning job spans the centres where its trainer teaches in the term: checked by the web's"
                            + " Timetabling facade until that rule moves here"),
            Map.entry("be.pfe.operations.scheduling.imports.AttendanceRowStore",
                    "each row through AttendanceRecording's use case"));

    @Test
    void everyChangingServiceMethodIsAUseCaseAndNamesItsRecords() throws Exception {
        List<String> missing = new ArrayList<>();
        int useCases = 0;
        for (Class<?> service : services()) {
            if (NOT_USE_CASES.containsKey(service.getName())) {
                continue;
            }
            Transactional transactional = service.getAnnotation(Transactional.class);
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()) {
                    continue;
                }
                Transactional own = method.getAnnotation(Transactional.class);
                boolean changes = (own != null ? own : transactional).value() != Transactional.TxType.SUPPORTS;
                UseCase useCase = UseCaseGuard.useCaseOf(method);
                if (useCase != null) {
                    useCases++;
                } else if (changes) {
                    missing.add(service.getSimpleName() + "." + method.getName() + ": not a use case");
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    boolean anId = (parameter.getType() == long.class || parameter.getType() == Long.class)
                            && Stream.of(RecordKind.values()).anyMatch(kind -> parameter.getName().toLowerCase()
                            .endsWith(kind.name().toLowerCase() + "id"));
                    if (useCase != null && anId && parameter.getAnnotation(Names.class) == null) {
                        missing.add(service.getSimpleName() + "." + method.getName() + "(" + parameter.getName()
                                + "): names a record without saying which");
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(useCases >= 30, "use cases found: " + useCases);
    }

    @Test
    void theGuardFindsTheRecordsNamedByArgumentsAndByTheComponentsOfTheirRecords() throws Exception {
        Method transfer = SeatBooking.class.getMethod("transfer", long.class, long.class, String.class, String.class);
        assertEquals(List.of(new UseCaseGuard.NamedRecord(RecordKind.ENROLMENT, Access.PLANNING, 5L),
                        new UseCaseGuard.NamedRecord(RecordKind.SESSION, Access.PLANNING, 7L)),
                UseCaseGuard.namedRecords(transfer, new Object[] {5L, 7L, "staff", null}, Access.PLANNING));

        Method record = be.pfe.operations.scheduling.screening.ScreeningRecording.class.getMethod("record",
                ScreeningDetails.class, String.class);
        ScreeningDetails details = new ScreeningDetails(11L, "DIGITALCITY", "DIG-NET-01", null, null, null, null,
                null, null, null);
        assertEquals(List.of(new UseCaseGuard.NamedRecord(RecordKind.LEARNER, Access.PLANNING, 11L),
                        new UseCaseGuard.NamedRecord(RecordKind.CENTRE, Access.PLANNING, "DIGITALCITY")),
                UseCaseGuard.namedRecords(record, new Object[] {details, "staff"}, Access.PLANNING));

        Method register = LearnerRegistration.class.getMethod("register",
                be.pfe.operations.domain.learner.LearnerDetails.class, String.class);
        assertEquals(List.of(), UseCaseGuard.namedRecords(register, new Object[] {null, null}, Access.PLANNING),
                "a null names nothing: the use case then needs its access somewhere");
    }

    /** The application-scoped, transactional classes of the domain, scheduling and reporting modules. */
    private static List<Class<?>> services() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> services = new ArrayList<>();
        for (Class<?> anchor : List.of(LearnerRegistration.class, SeatBooking.class,
                be.pfe.operations.reporting.occupancy.Occupancy.class)) {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (String name : classNames(location)) {
                Class<?> type = Class.forName(name, false, anchor.getClassLoader());
                if (type.isAnnotationPresent(ApplicationScoped.class) && type.isAnnotationPresent(Transactional.class)) {
                    services.add(type);
                }
            }
        }
        return services;
    }

    private static List<String> classNames(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                        .map(file -> location.relativize(file).toString().replace(".class", "")
                                .replace(location.getFileSystem().getSeparator(), "."))
                        .toList();
            }
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            return jar.stream().map(entry -> entry.getName())
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && name.startsWith("be/"))
                    .map(name -> name.replace(".class", "").replace('/', '.')).toList();
        }
    }
}
