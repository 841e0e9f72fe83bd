package be.pfe.operations.reporting.yearly.document;

import be.pfe.operations.domain.plan.Indicator;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.reporting.targets.Target;
import be.pfe.operations.reporting.targets.TargetComparison;
import be.pfe.operations.reporting.targets.TargetsVersusActuals;
import be.pfe.operations.reporting.yearly.Actuals;
import be.pfe.operations.reporting.yearly.YearlyDataLoader;
import be.pfe.operations.reporting.yearly.YearlyFigures;
import be.pfe.operations.reporting.yearly.YearlyQuery;
import be.pfe.operations.reporting.yearly.YearlyReport;
import be.pfe.operations.testing.TestDatabase;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The yearly report of Technicity 2049 (hand-built records) as PDF, XLSX and CSV, each read back. */
class YearlyDocumentsTest {

    private static final TestDatabase DATABASE = TestDatabase.shared();
    private static YearlyReport report;
    private static List<TargetComparison> targets;

    @BeforeAll
    static void data() {
        YearlyDataLoader.load();
        DATABASE.transact(em -> {
            YearlyFigures figures = new YearlyFigures(em);
            report = figures.report(YearlyQuery.of(Year.of(2049), "TECHNICITY"), Language.FR);
            targets = new TargetsVersusActuals(new Actuals(figures)).compare("TECHNICITY", Year.of(2049),
                    List.of(new Target(Indicator.TRAINING_SPOTS, 10), new Target(Indicator.ATTENDANCE_RATE, 50)),
                    LocalDate.of(2050, 1, 10));
        });
    }

    private static YearlyDocument layout(ReportTexts texts) {
        return YearlyDocument.of(report, targets, texts);
    }

    @Test
    void pdfNamesTheCentreAndYearAndHoldsTheFiguresTheRulesAndPageNumbers() throws Exception {
        ReportTexts texts = BundleTexts.of("fr");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        YearlyPdf.write(report, layout(texts), texts, pdf);
        Path file = Files.createTempFile("yearly", ".pdf");
        Files.write(file, pdf.toByteArray());
        Process process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), text);
        Files.delete(file);
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Technicity.brussels · places occupées 2049"), flat);
        assertTrue(flat.matches(".*Chercheurs d’emploi francophones formés par Bruxelles Formation et ses partenaires 4 .*"), flat);
        assertTrue(flat.matches(".*Formation en entreprise 3 .*"), flat);
        assertTrue(flat.matches(".*Validations et screenings 5 .*"), flat);
        assertTrue(flat.matches(".*Total 12 .*"), flat);
        assertTrue(flat.contains("Places commencées chaque mois"), "the chart's title");
        assertTrue(flat.contains("Règles de comptage"), flat);
        assertTrue(flat.contains("une place est un stagiaire dans une activité"), flat);
        assertTrue(flat.contains("En retard"), "target of 10 spots with 4: behind");
        assertTrue(flat.matches(".*Page 1 sur \\d+.*"), flat);
    }

    @Test
    void xlsxHasOneSheetPerTableWithNumericCells() throws IOException {
        ReportTexts texts = BundleTexts.of("nl");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        YearlyXlsx.write(layout(texts), texts, xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<String> names = sheetNames(workbook);
            assertEquals(9, names.size(), names.toString());
            assertEquals(texts.text("report.yearly.rules").substring(0, Math.min(31,
                    texts.text("report.yearly.rules").length())), names.get(8), "sheets named in the reader's language");
            assertTrue(names.stream().noneMatch(name -> name.startsWith("by_")), names.toString());
            Sheet spots = workbook.getSheetAt(0);
            assertEquals("Franstalige werkzoekenden opgeleid door Bruxelles Formation en zijn partners",
                    spots.getRow(3).getCell(0).getStringCellValue());
            Cell training = spots.getRow(3).getCell(1);
            assertEquals(CellType.NUMERIC, training.getCellType());
            assertEquals(4, training.getNumericCellValue());
            assertEquals(12, spots.getRow(6).getCell(1).getNumericCellValue());
            Sheet partners = workbook.getSheetAt(2);
            assertEquals(CellType.NUMERIC, partners.getRow(3).getCell(1).getCellType());
            Sheet targetSheet = workbook.getSheetAt(7);
            assertEquals(66.7, targetSheet.getRow(4).getCell(2).getNumericCellValue(), 0.001);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        return java.util.stream.IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    }

    @Test
    void csvIsUtf8WithBomAndSemicolonsWithTheReadersDecimalSeparator() {
        ReportTexts texts = BundleTexts.of("fr");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        YearlyCsv.write(layout(texts), texts, csv);
        byte[] bytes = csv.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        List<List<String>> lines = CsvLines.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        int spots = lines.indexOf(List.of("spots", "Places occupées"));
        assertEquals(List.of("Ligne", "Places"), lines.get(spots + 1));
        assertEquals(List.of("Chercheurs d’emploi francophones formés par Bruxelles Formation et ses partenaires", "4"),
                lines.get(spots + 2));
        assertEquals(List.of("Total", "12"), lines.get(spots + 5));
        int targetsAt = lines.indexOf(List.of("targets", "Objectifs et réalisations"));
        assertEquals(List.of("Taux de présence (%)", "50", "66,7", "66,7", "Atteint"), lines.get(targetsAt + 3));
        assertTrue(lines.stream().anyMatch(line -> line.size() == 1 && line.get(0).startsWith("Formation en entreprise: ")),
                "the rules, quoted where they hold a semicolon");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"fr, mars 2049, 2 828, '4,2'", "nl, maart 2049, 2.828, '4,2'",
            "en, March 2049, '2,828', 4.2"})
    void numbersAndMonthsAreWrittenInTheReadersLanguageInThePdfTheWorkbookAndTheCsv(String language, String march,
                                                                                     String thousands, String rate)
            throws Exception {
        ReportTexts texts = BundleTexts.of(language);
        assertEquals(thousands, texts.number(2828L).replace('\u202f', ' ').replace('\u00a0', ' '));
        assertEquals(rate, texts.number(4.2));
        assertEquals(march, texts.month("2049-03"));

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        YearlyPdf.write(report, layout(texts), texts, pdf);
        Path file = Files.createTempFile("yearly", ".pdf");
        Files.write(file, pdf.toByteArray());
        Process process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), text);
        Files.delete(file);
        assertTrue(text.contains(march), "the months by name in the PDF: " + text);
        assertTrue(!text.matches("(?s).*\\b2049-\\d\\d\\b.*"), "no month written 2049-03 in the PDF");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        YearlyXlsx.write(layout(texts), texts, xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            StringBuilder months = new StringBuilder();
            workbook.getSheetAt(5).forEach(row -> row.forEach(cell -> months.append(cell.toString()).append('|')));
            assertTrue(months.toString().contains(march + "|"), months.toString());
        }

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        YearlyCsv.write(layout(texts), texts, csv);
        String lines = csv.toString(StandardCharsets.UTF_8);
        assertTrue(lines.contains(march + ";"), lines);
        assertTrue(!lines.contains("2049-03;"), lines);
    }
}
