package be.pfe.operations.web.it;

import be.pfe.operations.devserver.PayaraMicroServer;
import be.pfe.operations.testing.TestDatabase;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The application as the run command starts it (the packaged war on Payara Micro, demonstration data on),
 * against the tests' PostgreSQL, with OpenID Connect enabled towards a fake provider in this JVM: started once for
 * all client-side tests (REST, browser) of this JVM.
 */
final class RunningApplication {

    private static PayaraMicroServer server;
    private static FakeOpenIdProvider openIdProvider;

    private RunningApplication() {
    }

    static synchronized String baseUrl() {
        if (server == null) {
            Path work = Path.of(System.getProperty("pfe.test.work", "target/it"));
            openIdProvider = FakeOpenIdProvider.start();
            Map<String, String> settings = new java.util.HashMap<>(openIdProvider.settings());
            settings.put("PFE_DEMO_DATA", "true");
            // as behind a proxy: tests play several clients with X-Forwarded-For (sign-in delays per client)
            settings.put("PFE_TRUSTED_PROXY", "true");
            // the SQL statements of each request counted (StatementBudgetIT)
            settings.put("PFE_DIAGNOSTICS_STATEMENTS", "true");
            // messages go to a real SMTP server in this JVM (GreenMail), sent by a job that runs every second
            settings.putAll(MailServer.shared().settings());
            server = PayaraMicroServer.start(new PayaraMicroServer.Options(
                    Path.of(System.getProperty("pfe.payara.jar", "target/payara-micro.jar")),
                    Path.of(System.getProperty("pfe.war", "target/pfe-web.war")),
                    PayaraMicroServer.freePort(), work.resolve("payara"), work.resolve("payara.log"),
                    TestDatabase.shared().settings(), settings), Duration.ofMinutes(6));
            System.out.printf("[pfe-it] application ready at %s in %.1f s%n", server.baseUrl(),
                    server.startupTime().toMillis() / 1000.0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                openIdProvider.close();
            }, "pfe-it-stop"));
        }
        return server.baseUrl();
    }

    /** The OpenID Connect provider the application is configured with (a fake one, in this JVM). */
    static synchronized FakeOpenIdProvider openIdProvider() {
        baseUrl();
        return openIdProvider;
    }
}
