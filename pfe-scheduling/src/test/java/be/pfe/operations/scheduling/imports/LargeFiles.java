package be.pfe.operations.scheduling.imports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Large partners' files of learners, written as a stream (POI's SXSSFWorkbook, a shared-strings table as Excel
 * writes it) into a temporary file: for the tests of the row limit and for benchmarks/import-xlsx.sh. Made-up
 * names only.
 */
final class LargeFiles {

    static final String[] HEADERS = {"Naam", "Voornaam", "Geboortedatum", "Taal", "Status bij instroom",
            "Opleidingsniveau", "Sessie", "Partner"};

    private LargeFiles() {
    }

    /** A workbook of learners with this many rows under its header. */
    static byte[] workbook(int rows) throws IOException {
        Path file = Files.createTempFile("pfe-large-", ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true)) {
            Sheet sheet = workbook.createSheet("Cursisten");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            LocalDate born = LocalDate.of(1980, 1, 1);
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Naam" + (r % 500));
                row.createCell(1).setCellValue("Voornaam" + (r % 300));
                row.createCell(2).setCellValue(born.plusDays(r % 7000));
                row.getCell(2).setCellStyle(dateStyle);
                row.createCell(3).setCellValue("NL");
                row.createCell(4).setCellValue("WORKER");
                row.createCell(5).setCellValue("HIGHER");
                row.createCell(6).setCellValue(1 + r % 40);
                row.createCell(7).setCellValue("VDAB_BRUSSEL");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The same as CSV (semicolons, as Belgian Excel saves it). */
    static byte[] csv(int rows) {
        StringBuilder text = new StringBuilder(String.join(";", HEADERS)).append("\r\n");
        LocalDate born = LocalDate.of(1980, 1, 1);
        for (int r = 1; r <= rows; r++) {
            text.append("Naam").append(r % 500).append(";Voornaam").append(r % 300).append(';')
                    .append(born.plusDays(r % 7000)).append(";NL;WORKER;HIGHER;").append(1 + r % 40)
                    .append(";VDAB_BRUSSEL\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
