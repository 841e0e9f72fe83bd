package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file far beyond the row limit (120,000 rows, as a partner's whole export) is refused while it is read: the
 * reading stops at the first row beyond the limit, so the rest of the file is never parsed nor held in memory.
 */
class LargeTableFileTest {

    private static final int ROWS = 120_000;

    /** What the reading may allocate in all (not what it holds at once): parsing the whole workbook takes gigabytes. */
    private static final long ALLOCATION_BOUND = 256L * 1024 * 1024;

    @Test
    void aWorkbookOfTooManyRowsIsRefusedAsSoonAsTheRowBeyondTheLimitIsRead() throws IOException {
        byte[] workbook = LargeFiles.workbook(ROWS);
        assertTrue(workbook.length <= TableFile.MAX_BYTES, "within the size limit: " + workbook.length);
        assertRefusedAtTheLimit(workbook);
    }

    @Test
    void aCsvFileOfTooManyRowsIsRefusedAsSoonAsTheRowBeyondTheLimitIsRead() {
        byte[] csv = LargeFiles.csv(ROWS / 2);
        assertTrue(csv.length <= TableFile.MAX_BYTES, "within the size limit: " + csv.length);
        assertRefusedAtTheLimit(csv);
    }

    @Test
    void endlessBlankRowsAreRefusedToo() {
        byte[] csv = (String.join(";", LargeFiles.HEADERS) + "\n" + ";;;;;;;\n".repeat(ImportColumns.MAX_LINES + 10))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AtomicInteger handed = new AtomicInteger();
        ImportColumns.Collector<LearnerColumn> collector = new ImportColumns.Collector<>(LearnerColumn.class);
        assertEquals("import.file.tooManyRows", assertThrows(BusinessRuleException.class, () -> TableFile.read(csv,
                (number, cells) -> {
                    handed.incrementAndGet();
                    collector.row(number, cells);
                })).messageKey());
        assertEquals(ImportColumns.MAX_LINES + 1, handed.get());
    }

    @Test
    void aFileJustAtTheLimitIsRead() throws IOException {
        assertEquals(ImportColumns.MAX_ROWS, ImportColumns.rows(LargeFiles.workbook(ImportColumns.MAX_ROWS),
                LearnerColumn.class).size());
        assertEquals(ImportColumns.MAX_ROWS, ImportColumns.rows(LargeFiles.csv(ImportColumns.MAX_ROWS),
                LearnerColumn.class).size());
    }

    private static void assertRefusedAtTheLimit(byte[] file) {
        AtomicInteger handed = new AtomicInteger();
        ImportColumns.Collector<LearnerColumn> collector = new ImportColumns.Collector<>(LearnerColumn.class);
        long allocatedBefore = allocated();
        BusinessRuleException refusal = assertThrows(BusinessRuleException.class, () -> TableFile.read(file,
                (number, cells) -> {
                    handed.incrementAndGet();
                    collector.row(number, cells);
                }));
        long allocated = allocated() - allocatedBefore;
        assertEquals("import.file.tooManyRows", refusal.messageKey());
        assertEquals(ImportColumns.MAX_ROWS, refusal.arguments()[0]);
        assertEquals(1 + ImportColumns.MAX_ROWS + 1, handed.get(),
                "the header, the rows up to the limit and the one beyond it: nothing after it was read");
        assertEquals(handed.get(), collector.lines());
        assertTrue(allocated < ALLOCATION_BOUND, "allocated while reading: " + allocated / (1024 * 1024) + " MB");
    }

    /** Bytes allocated by this thread so far (HotSpot's count). */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
