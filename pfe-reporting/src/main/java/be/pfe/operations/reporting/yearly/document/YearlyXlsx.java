package be.pfe.operations.reporting.yearly.document;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The yearly report as an Excel workbook (Apache POI): one sheet per table, counts and rates as numeric cells (never
 * text), the title above each table, and a last sheet with the counting rules.
 */
public final class YearlyXlsx {

    private YearlyXlsx() {
    }

    public static void write(YearlyDocument layout, ReportTexts texts, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0"));
            for (ReportTable table : layout.tables()) {
                Sheet sheet = workbook.createSheet(sheetName(workbook, table.title()));
                Row title = sheet.createRow(0);
                title.createCell(0).setCellValue(layout.title() + " · " + table.title());
                title.getCell(0).setCellStyle(bold);
                Row headers = sheet.createRow(2);
                for (int c = 0; c < table.headers().size(); c++) {
                    Cell cell = headers.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(bold);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(3 + r);
                    int c = 0;
                    for (Object value : table.rows().get(r)) {
                        Cell cell = row.createCell(c++);
                        if (value instanceof Long number) {
                            cell.setCellValue(number);
                            cell.setCellStyle(count);
                        } else if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                            cell.setCellStyle(decimal);
                        } else if (value != null) {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
                sheet.setColumnWidth(0, 48 * 256);
                for (int c = 1; c < table.headers().size(); c++) {
                    sheet.setColumnWidth(c, 18 * 256);
                }
            }
            Sheet rules = workbook.createSheet(sheetName(workbook, texts.text("report.yearly.rules")));
            rules.createRow(0).createCell(0).setCellValue(texts.text("report.yearly.rules"));
            rules.getRow(0).getCell(0).setCellStyle(bold);
            for (int r = 0; r < layout.rules().size(); r++) {
                rules.createRow(2 + r).createCell(0).setCellValue(layout.rules().get(r));
            }
            rules.setColumnWidth(0, 150 * 256);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("The yearly report could not be written as XLSX", e);
        }
    }

    /** A sheet named in the reader's language (the table's title), made safe and unique within the workbook. */
    static String sheetName(org.apache.poi.ss.usermodel.Workbook workbook, String title) {
        String name = WorkbookUtil.createSafeSheetName(title);
        String unique = name;
        for (int n = 2; workbook.getSheet(unique) != null; n++) {
            String suffix = " " + n;
            unique = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return unique;
    }
}
