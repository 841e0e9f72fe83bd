package be.pfe.operations.web.it;

import be.pfe.operations.devserver.PayaraMicroServer;
import be.pfe.operations.testing.TestDatabase;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The application as the run command starts it (the packaged war on Payara Micro, demonstration data on),
 * against the tests' PostgreSQL: started once for all client-side tests (REST, browser) of this JVM.
 */
final class RunningApplication {

    private static PayaraMicroServer server;

    private RunningApplication() {
    }

    static synchronized String baseUrl() {
        if (server == null) {
            Path work = Path.of(System.getProperty("pfe.test.work", "target/it"));
            server = PayaraMicroServer.start(new PayaraMicroServer.Options(
                    Path.of(System.getProperty("pfe.payara.jar", "target/payara-micro.jar")),
                    Path.of(System.getProperty("pfe.war", "target/pfe-web.war")),
                    PayaraMicroServer.freePort(), work.resolve("payara"), work.resolve("payara.log"),
                    TestDatabase.shared().settings(), Map.of("PFE_DEMO_DATA", "true")), Duration.ofMinutes(3));
            System.out.printf("[pfe-it] application ready at %s in %.1f s%n", server.baseUrl(),
                    server.startupTime().toMillis() / 1000.0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "pfe-it-stop"));
        }
        return server.baseUrl();
    }
}
