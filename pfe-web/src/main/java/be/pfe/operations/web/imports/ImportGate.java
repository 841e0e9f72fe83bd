package be.pfe.operations.web.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many imports may read and check their file at once in this application instance ({@code pfe.imports.concurrent},
 * 2 unless configured): reading a partner's file takes memory and time, and a few at once must not stall everyone
 * else. One more is refused at once ({@link ImportsBusyException}: 429 with Retry-After, or the same text on the page);
 * nobody waits for a turn.
 */
@ApplicationScoped
public class ImportGate {

    /** What the refusal advises to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private Semaphore passes;
    private int concurrent;

    protected ImportGate() {
        // for CDI's proxies
    }

    @Inject
    public ImportGate(@ConfigProperty(name = "pfe.imports.concurrent", defaultValue = "2") int concurrent) {
        this.concurrent = Math.max(1, concurrent);
        this.passes = new Semaphore(this.concurrent);
    }

    /** A pass for one import, to be closed when it is done; refused when as many imports are already running. */
    public Pass enter() {
        if (!passes.tryAcquire()) {
            throw new ImportsBusyException(RETRY_AFTER_SECONDS);
        }
        return new Pass();
    }

    /** How many imports may run at once. */
    public int concurrent() {
        return concurrent;
    }

    /** How many more imports could start now. */
    public int available() {
        return passes.availablePermits();
    }

    /** One import's place; closing it again does nothing. */
    public final class Pass implements AutoCloseable {

        private final AtomicBoolean closed = new AtomicBoolean();

        private Pass() {
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                passes.release();
            }
        }
    }
}
