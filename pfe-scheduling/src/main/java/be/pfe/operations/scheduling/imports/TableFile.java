package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.shared.BusinessRuleException;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import java.util.List;

/**
 * Reads the table of an uploaded file: an Excel workbook (XLSX, its first sheet) or a CSV file, told apart by
 * their content, not by the name the file was given. The rows are read one by one and handed over as they come, so
 * that whoever takes them can stop the reading (too many rows) without the rest of the file ever being parsed.
 */
public final class TableFile {

    /** Partners' exports are small; beyond this the file is refused before being read. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /**
     * Zip bombs: no part of a workbook may unpack to more than this, nor at a ratio beyond 1:100 (POI's guards,
     * counted on the bytes actually unpacked), and a workbook holds at most this many parts.
     */
    static final long MAX_UNPACKED_PART_BYTES = 50L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_PARTS = 200;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    /** Takes the rows of a table as they are read; may throw to stop the reading. */
    @FunctionalInterface
    public interface RowSink {

        /**
         * One row: its number in the file as the partner sees it (the first row is 1) and its cells as text (dates in
         * ISO form when the file types them); blank rows may be handed over or left out.
         */
        void row(int number, List<String> cells);
    }

    private TableFile() {
    }

    /** Reads the rows of the file into the sink, one by one; whatever the sink throws ends the reading. */
    public static void read(byte[] content, RowSink sink) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("import.file.empty", "file");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException("import.file.tooLarge", "file", MAX_BYTES / (1024 * 1024));
        }
        if (isZip(content)) {
            XlsxTable.read(content, sink);
        } else {
            CsvTable.read(content, sink);
        }
    }

    /** XLSX files are ZIP archives: they start with "PK\3\4". */
    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }
}
