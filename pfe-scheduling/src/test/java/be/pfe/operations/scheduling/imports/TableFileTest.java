package be.pfe.operations.scheduling.imports;

import be.pfe.operations.domain.shared.BusinessRuleException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading partners' files: CSV as spreadsheet programs write it, and Excel workbooks. */
class TableFileTest {

    @Test
    void readsSemicolonCsvWithAByteOrderMarkQuotesAndFrenchHeaders() {
        String csv = "\uFEFFNom;Prénom;Date de naissance;Langue;Statut;Niveau d'études;Session\r\n"
                + "\"Dupont; dit \"\"Jo\"\"\";Zoë;14/03/1990;fr;jobseeker actiris;upper-secondary;12\r\n"
                + ";;;;;;\r\n"
                + "\"Van den\nBroeck\";An;1991-02-03;NL;WORKER;HIGHER;13";
        List<SourceRow> rows = ImportColumns.rows(csv.getBytes(StandardCharsets.UTF_8), LearnerColumn.class);
        assertEquals(2, rows.size(), "the blank row is left out");
        assertEquals(2, rows.get(0).number());
        assertEquals("Dupont; dit \"Jo\"", rows.get(0).value(LearnerColumn.FAMILY_NAME));
        assertEquals("Zoë", rows.get(0).value(LearnerColumn.GIVEN_NAME));
        assertNull(rows.get(0).value(LearnerColumn.NISS), "an absent optional column reads as blank");
        assertEquals(4, rows.get(1).number());
        assertEquals("Van den\nBroeck", rows.get(1).value(LearnerColumn.FAMILY_NAME));
        assertEquals("13", rows.get(1).value(LearnerColumn.SESSION));
    }

    @Test
    void readsWindows1252CommaSeparatedFiles() {
        String csv = "meeting,enrolment,mark\n7,8,Présent\n";
        List<SourceRow> rows = ImportColumns.rows(csv.getBytes(Charset.forName("windows-1252")), AttendanceColumn.class);
        assertEquals("Présent", rows.get(0).value(AttendanceColumn.MARK));
        assertEquals("7", rows.get(0).value(AttendanceColumn.MEETING));
    }

    @Test
    void refusesAFileWithoutARequiredColumnOrWithoutRows() {
        byte[] noSession = "familyName;givenName;birthDate;language;entryStatus;educationLevel\nA;B;1990-01-01;FR;WORKER;HIGHER"
                .getBytes(StandardCharsets.UTF_8);
        BusinessRuleException missing = assertThrows(BusinessRuleException.class,
                () -> ImportColumns.rows(noSession, LearnerColumn.class));
        assertEquals("import.column.missing", missing.messageKey());
        assertEquals("session", missing.arguments()[0]);
        assertEquals("import.file.empty", assertThrows(BusinessRuleException.class,
                () -> ImportColumns.rows("meeting;enrolment;mark\n".getBytes(StandardCharsets.UTF_8),
                        AttendanceColumn.class)).messageKey());
        assertEquals("import.file.empty", assertThrows(BusinessRuleException.class,
                () -> ImportColumns.rows(new byte[0], LearnerColumn.class)).messageKey());
        assertEquals("import.csv.unclosedQuote", assertThrows(BusinessRuleException.class,
                () -> TableFile.read("a;b\n\"x;y\n".getBytes(StandardCharsets.UTF_8), (number, cells) -> { })).messageKey());
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithTypedDatesNumbersAndFormulas() throws IOException {
        byte[] workbook = workbook();
        List<SourceRow> rows = ImportColumns.rows(workbook, LearnerColumn.class);
        assertEquals(1, rows.size());
        SourceRow row = rows.get(0);
        assertEquals("2043-03-14", row.value(LearnerColumn.BIRTH_DATE), "a date cell, whatever its display format");
        assertEquals("85073003328", row.value(LearnerColumn.NISS), "a number typed as a number keeps its digits");
        assertEquals("42", row.value(LearnerColumn.SESSION), "a formula gives its cached result");
        assertEquals("Peeters", row.value(LearnerColumn.FAMILY_NAME));
    }

    @Test
    void refusesABrokenWorkbook() {
        byte[] broken = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6};
        assertEquals("import.file.unreadable", assertThrows(BusinessRuleException.class,
                () -> TableFile.read(broken, (number, cells) -> { })).messageKey());
    }

    /** A workbook as a partner's system exports it (Dutch headers, a date cell shown the Belgian way). */
    static byte[] workbook(Object[]... dataRows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Cursisten");
            String[] headers = {"Naam", "Voornaam", "Geboortedatum", "INSZ", "Taal", "Status bij instroom",
                    "Opleidingsniveau", "Sessie", "Partner"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Object[][] rows = dataRows.length > 0 ? dataRows : new Object[][]{
                    {"Peeters", "An", LocalDate.of(2043, 3, 14), 85073003328d, "NL", "WORKER", "HIGHER", "=40+2", null}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else if (value instanceof String text && text.startsWith("=")) {
                        row.createCell(c).setCellFormula(text.substring(1));
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
