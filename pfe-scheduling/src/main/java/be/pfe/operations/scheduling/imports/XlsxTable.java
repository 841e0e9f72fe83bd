package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.shared.BusinessRuleException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the first sheet of an Excel workbook (XLSX) as a stream, row by row, with Apache POI's event API
 * ({@link XSSFReader} and {@link XSSFSheetXMLHandler}): the sheet is never held in memory whole, and the reading
 * stops as soon as whoever takes the rows throws (too many rows). Cells typed as dates give ISO dates (2043-03-14),
 * whatever format the sheet shows them in; other cells give the text the sheet shows, so a national register number
 * typed as a number keeps its digits. Formulas give their cached result.
 * <p>
 * The workbook is opened from a temporary file (readable by the server's account only, deleted at once), so that
 * its parts are unpacked only as far as they are read; POI's zip-bomb guards apply ({@link TableFile}). The shared
 * strings (the text cells' values) are held in memory: their part may unpack to at most
 * {@link #MAX_SHARED_STRINGS_BYTES}.
 */
final class XlsxTable {

    private static final Logger LOG = Logger.getLogger(XlsxTable.class.getName());

    /** Far more than the text of the largest file accepted (5,000 rows) could need. */
    static final long MAX_SHARED_STRINGS_BYTES = 16L * 1024 * 1024;

    /** Cells beyond this column are not read (an import's columns are a dozen). */
    static final int MAX_COLUMNS = 256;

    private XlsxTable() {
    }

    /** Reads the workbook's first sheet into the sink; a workbook without a sheet is refused. */
    static void read(byte[] content, TableFile.RowSink sink) {
        java.util.concurrent.atomic.AtomicBoolean firstRead = new java.util.concurrent.atomic.AtomicBoolean();
        readSheets(content, name -> firstRead.getAndSet(true) ? null : sink);
        if (!firstRead.get()) {
            throw new BusinessRuleException("import.file.empty", "file");
        }
    }

    /**
     * Reads every sheet of a workbook, each into the sink its name asks for ({@code null}: the sheet is skipped),
     * with the same guards as {@link #read}.
     */
    static void readSheets(byte[] content, java.util.function.Function<String, TableFile.RowSink> sinks) {
        Path copy = null;
        try {
            copy = Files.createTempFile("pfe-import-", ".xlsx");
            Files.write(copy, content);
            try (OPCPackage workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                ReadOnlySharedStringsTable strings = sharedStrings(workbook);
                StylesTable styles = reader.getStylesTable();
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (sheets.hasNext()) {
                    try (InputStream sheet = sheets.next()) {
                        TableFile.RowSink sink = sinks.apply(sheets.getSheetName());
                        if (sink == null) {
                            continue;
                        }
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Rows(sink),
                                new IsoDates(), false));
                        parser.parse(new InputSource(sheet));
                    }
                }
            }
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
                 | RuntimeException unreadable) {
            BusinessRuleException refusal = refusal(unreadable);
            if (refusal != null) {
                throw refusal;
            }
            LOG.log(Level.FINE, "Unreadable workbook", unreadable);
            throw new BusinessRuleException("import.file.unreadable", "file");
        } finally {
            delete(copy);
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage workbook)
            throws IOException, SAXException, OpenXML4JException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(workbook, false);
        }
        PackagePart part = parts.get(0);
        if (part.getSize() > MAX_SHARED_STRINGS_BYTES) {
            throw new BusinessRuleException("import.file.tooLarge", "file", TableFile.MAX_BYTES / (1024 * 1024));
        }
        return new ReadOnlySharedStringsTable(part, false);
    }

    /** The refusal that stopped the reading, however the XML parser wrapped it. */
    private static BusinessRuleException refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessRuleException refusal) {
                return refusal;
            }
        }
        return null;
    }

    private static void delete(Path copy) {
        if (copy != null) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException notDeleted) {
                LOG.warning("A temporary copy of an imported workbook could not be deleted: " + copy);
            }
        }
    }

    /** Hands each row over as soon as its end is read, cells placed by their column (missing ones blank). */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final TableFile.RowSink sink;
        private List<String> cells = new ArrayList<>();
        private int number;

        Rows(TableFile.RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            number = rowNum + 1;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            sink.row(number, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS || column < cells.size()) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Dates as ISO dates (2043-03-14) whatever their display format; everything else as the sheet shows it. */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
