package be.pfe.operations.reporting.yearly.document;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/** The web application's bundle of a language, read from its source (this module has no bundles of its own). */
final class BundleTexts {

    private BundleTexts() {
    }

    static ReportTexts of(String language) {
        Properties bundle = new Properties();
        Path file = Path.of("pfe-web", "src", "main", "resources", "i18n", "messages_" + language + ".properties");
        if (!Files.exists(file)) {
            file = Path.of("..").resolve(file); // from the module's directory (tests) rather than the project's
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            bundle.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReportTexts(key -> {
            String text = bundle.getProperty(key);
            if (text == null) {
                throw new IllegalArgumentException("no text for " + key);
            }
            return text;
        }, be.pfe.operations.domain.shared.Language.valueOf(language.toUpperCase(Locale.ROOT)).locale());
    }
}
