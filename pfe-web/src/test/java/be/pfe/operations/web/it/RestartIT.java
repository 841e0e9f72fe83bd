package be.pfe.operations.web.it;

import be.pfe.operations.devserver.DatabaseSettings;
import be.pfe.operations.devserver.LocalPostgres;
import be.pfe.operations.devserver.PayaraMicroServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the run command promises: PostgreSQL with a kept data directory plus Payara Micro; what was entered
 * is still there after everything is stopped and started again.
 */
class RestartIT {

    private static PayaraMicroServer start(LocalPostgres postgres, Path work) {
        return PayaraMicroServer.start(new PayaraMicroServer.Options(
                Path.of(System.getProperty("pfe.payara.jar", "target/payara-micro.jar")),
                Path.of(System.getProperty("pfe.war", "target/pfe-web.war")),
                PayaraMicroServer.freePort(), work.resolve("payara"), work.resolve("payara.log"),
                DatabaseSettings.of(postgres), Map.of("PFE_DEMO_DATA", "true")), Duration.ofMinutes(3));
    }

    @Test
    void aSessionEnteredBeforeARestartIsStillThereAfterIt() throws IOException {
        Path work = Path.of(System.getProperty("pfe.test.work", "target/it")).resolve("restart");
        Path data = work.resolve("pgdata");
        deleteRecursively(data);

        String location;
        int before;
        try (LocalPostgres postgres = LocalPostgres.startKeeping(data, 0);
             PayaraMicroServer server = start(postgres, work)) {
            before = Http.get(server.baseUrl() + "api/v1/sessions?size=1", "fr").json().getInt("total");
            Http.Answer created = Http.post(server.baseUrl() + "api/v1/sessions", """
                    {"centre":"CONSTRUCITY","course":"CON-ISO-01","room":"C-C01","startDate":"2034-02-06",
                     "endDate":"2034-03-17","seatCapacity":12}""", "fr");
            assertEquals(201, created.status(), created.body());
            location = created.location().replaceFirst("^http://localhost:\\d+/", "");
        }

        try (LocalPostgres postgres = LocalPostgres.startKeeping(data, 0);
             PayaraMicroServer server = start(postgres, work)) {
            Http.Answer read = Http.get(server.baseUrl() + location, "fr");
            assertEquals(200, read.status(), read.body());
            assertEquals("2034-02-06", read.json().getString("startDate"));
            assertEquals("Isolation et rénovation durable", read.json().getString("courseTitle"));
            // demonstration data is loaded once, not again at the second start
            Http.Answer all = Http.get(server.baseUrl() + "api/v1/sessions?size=1", "fr");
            assertEquals(200, all.status(), all.body());
            assertEquals(before + 1, all.json().getInt("total"));
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
