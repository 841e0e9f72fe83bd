package be.pfe.operations.web.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The browser of a journey class, from opening to closing: registered as a static field
 * ({@code @RegisterExtension static final ChromiumLifecycle CHROMIUM = ChromiumLifecycle.signedInAs("admin");}), it
 * opens one Chromium on the running application before the class's tests (signed in when a user is named), keeps a
 * screenshot under target/screenshots after each test (the failing one included: what the browser showed then), and
 * closes the browser after the last test, whatever happened.
 */
final class ChromiumLifecycle implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final Logger LOG = Logger.getLogger(ChromiumLifecycle.class.getName());

    private final String username;
    private int height = 1000;
    private String screenshotPrefix = "";
    private Chromium chromium;
    private String base;

    private ChromiumLifecycle(String username) {
        this.username = username;
    }

    /** A browser signed in as the given demonstration user before the first test. */
    static ChromiumLifecycle signedInAs(String username) {
        return new ChromiumLifecycle(username);
    }

    /** A browser nobody has signed in with (the class signs in as it goes). */
    static ChromiumLifecycle anonymous() {
        return new ChromiumLifecycle(null);
    }

    /** The window's height (long pages). */
    ChromiumLifecycle height(int pixels) {
        this.height = pixels;
        return this;
    }

    /** Put before each test's name in the screenshots' file names. */
    ChromiumLifecycle screenshotsNamed(String prefix) {
        this.screenshotPrefix = prefix;
        return this;
    }

    /** The open browser (from the class's {@code @BeforeAll} methods on). */
    Chromium chromium() {
        if (chromium == null) {
            throw new IllegalStateException("The browser opens before the class's tests; register the extension static");
        }
        return chromium;
    }

    /** The running application's address, ending in a slash. */
    String base() {
        return base;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        base = RunningApplication.baseUrl();
        chromium = Chromium.open(base, height);
        if (username != null) {
            chromium.signIn(username);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (chromium == null) {
            return;
        }
        try {
            chromium.screenshot(screenshotPrefix + context.getDisplayName());
        } catch (IOException | RuntimeException e) {
            // a screenshot is evidence, not a test: a browser that cannot take one must not hide the test's own result
            LOG.log(Level.WARNING, "No screenshot after " + context.getDisplayName(), e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }
}
