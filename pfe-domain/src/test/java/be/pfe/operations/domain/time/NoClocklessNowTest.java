package be.pfe.operations.domain.time;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every "today" and "now" of the main code is read from a {@link java.time.Clock} (docs/architecture.md, "Where a new
 * use case goes"): this scans the main sources of every module for a {@code now(...)} of java.time whose argument is
 * not a clock (none, or a zone: the JVM's clock in disguise).
 */
class NoClocklessNowTest {

    /** {@code LocalDate.now(}, {@code java.time.Instant.now(}..., with what stands between the parentheses. */
    private static final Pattern NOW = Pattern.compile(
            "\\b(?:LocalDate|LocalDateTime|LocalTime|Instant|ZonedDateTime|OffsetDateTime|OffsetTime|Year|YearMonth"
                    + "|MonthDay)\\.now\\(((?:[^()]|\\([^()]*\\))*)\\)");

    /** An argument that is a clock: a variable or field named {@code clock}, or an expression ending in one. */
    private static final Pattern CLOCK_ARGUMENT = Pattern.compile(
            "(?:[\\w.]*[cC]lock(?:\\(\\))?|Clocks\\.system\\(\\)(?:\\.withZone\\([^()]*\\))?|[\\w.]*clock\\.withZone\\([^()]*\\))");

    @Test
    void mainCodeReadsTheTimeFromAClock() throws IOException {
        Path root = projectRoot();
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(NoClocklessNowTest::mainSource).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    for (String call : clocklessNows(lines.get(i))) {
                        offences.add(root.relativize(file) + ":" + (i + 1) + " " + call);
                    }
                }
            }
        }
        assertEquals(List.of(), offences, "now() without a Clock in main code");
    }

    @Test
    void theScanFindsACallWithoutAClock() {
        assertEquals(1, clocklessNows("var today = LocalDate.now();").size());
        assertEquals(1, clocklessNows("var at = OffsetDateTime.now(ZoneOffset.UTC);").size());
        assertEquals(1, clocklessNows("Year y = java.time.Year.now(Clocks.BRUSSELS);").size());
        assertTrue(clocklessNows("var today = LocalDate.now(clock);").isEmpty());
        assertTrue(clocklessNows("var at = LocalDateTime.now(this.clock.withZone(Clocks.BRUSSELS));").isEmpty());
        assertTrue(clocklessNows("var at = Instant.now(Clocks.system());").isEmpty());
        assertTrue(clocklessNows("var at = OffsetDateTime.now(Clocks.system().withZone(ZoneOffset.UTC));").isEmpty());
        assertEquals(1, clocklessNows("var today = LocalDate.now(Clock.systemDefaultZone());").size());
    }

    static List<String> clocklessNows(String line) {
        List<String> found = new ArrayList<>();
        Matcher call = NOW.matcher(line);
        while (call.find()) {
            if (!CLOCK_ARGUMENT.matcher(call.group(1).strip()).matches()) {
                found.add(call.group());
            }
        }
        return found;
    }

    private static boolean mainSource(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.endsWith(".java") && path.contains("/src/main/java/") && !path.contains("/target/");
    }

    /** The build's root: the folder above this module holding the parent pom. */
    private static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path folder = here; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve("pfe-domain")) && Files.exists(folder.resolve("pom.xml"))) {
                return folder;
            }
        }
        throw new IllegalStateException("No project root above " + here);
    }
}
