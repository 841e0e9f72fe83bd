package be.pfe.operations.web.imports;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** At most so many imports at once: one more is refused at once, and a place freed serves the next. */
class ImportGateTest {

    @Test
    void aThirdImportIsRefusedAtOnceWhileTwoAreBeingReadAndServedOnceOneEnds() throws Exception {
        ImportGate gate = new ImportGate(2);
        CountDownLatch reading = new CountDownLatch(2);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService imports = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = imports.submit(() -> hold(gate, reading, finish));
            Future<?> second = imports.submit(() -> hold(gate, reading, finish));
            assertTrue(reading.await(10, TimeUnit.SECONDS), "two imports are being read");

            ImportsBusyException busy = assertThrows(ImportsBusyException.class, gate::enter);
            assertEquals("import.busy", busy.messageKey());
            assertEquals(ImportGate.RETRY_AFTER_SECONDS, busy.retryAfterSeconds());
            assertEquals(0, gate.available());

            finish.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
            assertEquals(2, gate.available(), "the places are given back");
            try (ImportGate.Pass pass = gate.enter()) {
                assertEquals(1, gate.available());
            }
        } finally {
            finish.countDown();
            imports.shutdownNow();
        }
    }

    @Test
    void aPassClosedTwiceGivesItsPlaceBackOnceAndAFailedImportGivesItBackToo() {
        ImportGate gate = new ImportGate(1);
        ImportGate.Pass pass = gate.enter();
        pass.close();
        pass.close();
        assertEquals(1, gate.available());
        assertThrows(IllegalStateException.class, () -> {
            try (ImportGate.Pass reading = gate.enter()) {
                throw new IllegalStateException("the file could not be read");
            }
        });
        assertEquals(1, gate.available());
    }

    @Test
    void atLeastOneImportIsAllowed() {
        assertEquals(1, new ImportGate(0).concurrent());
    }

    private static void hold(ImportGate gate, CountDownLatch reading, CountDownLatch finish) {
        try (ImportGate.Pass pass = gate.enter()) {
            reading.countDown();
            finish.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
