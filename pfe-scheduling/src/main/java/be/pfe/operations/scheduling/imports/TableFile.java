package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.shared.BusinessRuleException;

import java.util.List;

/**
 * Reads the table of an uploaded file: an Excel workbook (XLSX, its first sheet) or a CSV file, told apart by
 * their content, not by the name the file was given.
 */
public final class TableFile {

    /** Partners' exports are small; beyond this the file is refused before being read. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private TableFile() {
    }

    /** The rows of the file, each a list of cells as text (dates in ISO form when the file types them). */
    public static List<List<String>> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("import.file.empty", "file");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException("import.file.tooLarge", "file", MAX_BYTES / (1024 * 1024));
        }
        return isZip(content) ? XlsxTable.read(content) : CsvTable.read(content);
    }

    /** XLSX files are ZIP archives: they start with "PK\3\4". */
    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }
}
