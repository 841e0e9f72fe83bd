package be.pfe.operations.web.access;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web module holds pages, resources and mapping only (docs/architecture.md, "Where a new use case goes"): no
 * class of its main code uses the {@code EntityManager}, JPQL or SQL; that belongs to the use cases and repositories
 * of pfe-domain, pfe-scheduling and pfe-reporting. The platform code (the data source, the schema's migration and
 * readiness) and the diagnostics (the statement counter) are the exception: they are infrastructure.
 */
class WebPersistenceFreeTest {

    /** The packages of the web module that may touch the database directly, being infrastructure. */
    private static final List<String> INFRASTRUCTURE = List.of("platform", "diagnostics");

    /** What gives persistence away in a source file. */
    static final Pattern PERSISTENCE = Pattern.compile(
            "\\bEntityManager\\b|@PersistenceContext\\b|\\bjavax\\.sql\\b|\\bjava\\.sql\\.(Connection|Statement|PreparedStatement|ResultSet)\\b"
                    + "|\\.create(Native|Named)?Query\\s*\\(|\\bDataSource\\b");

    private static final Path WEB = Path.of("src/main/java/be/pfe/operations/web");

    @Test
    void noWebClassOutsideThePlatformUsesTheEntityManagerJpqlOrSql() throws IOException {
        assertTrue(Files.isDirectory(WEB), "run from pfe-web: " + WEB.toAbsolutePath());
        List<String> offending = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(WEB)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".java")).sorted().toList()) {
                String relative = WEB.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (INFRASTRUCTURE.stream().anyMatch(infrastructure -> relative.startsWith(infrastructure + "/"))) {
                    continue;
                }
                read++;
                Matcher matcher = PERSISTENCE.matcher(Files.readString(file));
                if (matcher.find()) {
                    offending.add(relative + ": " + matcher.group());
                }
            }
        }
        assertTrue(read > 100, "web classes read: " + read);
        assertEquals(List.of(), offending, "persistence belongs to a use case or repository of its feature's module");
    }

    @Test
    void thePatternRecognisesWhatItLooksFor() {
        for (String persistence : List.of("import jakarta.persistence.EntityManager;",
                "@PersistenceContext(unitName = \"pfe\")", "entityManager.createQuery(\"select e from E e\")",
                "em.createNativeQuery(\"select 1\")", "import javax.sql.DataSource;", "java.sql.Connection c")) {
            assertTrue(PERSISTENCE.matcher(persistence).find(), persistence);
        }
        for (String harmless : List.of("import be.pfe.operations.domain.shared.RecordVersionStore;",
                "LearnerQuery query = new LearnerQuery()", "java.sql.Date")) {
            assertFalse(PERSISTENCE.matcher(harmless).find(), harmless);
        }
    }
}
