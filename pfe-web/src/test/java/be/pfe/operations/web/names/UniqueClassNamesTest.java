package be.pfe.operations.web.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two classes of the main code share a simple name, in any module: a name says which thing it is without its
 * package (docs/architecture.md, "Names"). And the names keep the convention: a page's bean ({@code @ViewScoped})
 * ends in {@code Page}, and nothing ends in {@code View} (which meant both a bean and a record).
 */
class UniqueClassNamesTest {

    /** The project's root: the parent of the pfe-web module the tests run in. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void noSimpleNameTwiceInTheMainCode() {
        Map<String, List<Path>> byName = mainClasses();
        Map<String, List<Path>> twice = new TreeMap<>();
        byName.forEach((name, files) -> {
            if (files.size() > 1) {
                twice.put(name, files);
            }
        });
        assertEquals(Map.of(), twice, "class names used more than once in src/main/java");
    }

    @Test
    void beansArePagesAndNothingIsAView() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<Path>> entry : mainClasses().entrySet()) {
            for (Path file : entry.getValue()) {
                String name = entry.getKey();
                boolean pageBean = Files.readAllLines(ROOT.resolve(file)).stream().anyMatch(line -> line.equals("@ViewScoped"));
                if (name.endsWith("View")) {
                    wrong.add(name + " ends in View: a bean ends in Page, a transfer record in Dto");
                } else if (pageBean && !name.endsWith("Page")) {
                    wrong.add(name + " is a page's bean (@ViewScoped) whose name does not end in Page");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Every top-level class of every module's src/main/java, by simple name. */
    private static Map<String, List<Path>> mainClasses() {
        Map<String, List<Path>> byName = new TreeMap<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    files.filter(f -> f.getFileName().toString().endsWith(".java"))
                            .filter(f -> !f.getFileName().toString().equals("package-info.java")
                                    && !f.getFileName().toString().equals("module-info.java"))
                            .forEach(f -> byName.computeIfAbsent(f.getFileName().toString().replace(".java", ""),
                                    k -> new ArrayList<>()).add(ROOT.relativize(f)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long modules = byName.values().stream().flatMap(List::stream).map(p -> p.getName(0)).distinct().count();
        assertTrue(modules >= 4, "the scan found the main code of too few modules under " + ROOT + ": " + modules);
        assertTrue(byName.size() > 300, "the scan found too few classes: " + byName.size());
        return byName;
    }
}
