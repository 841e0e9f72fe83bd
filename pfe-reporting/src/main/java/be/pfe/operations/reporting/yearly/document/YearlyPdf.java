package be.pfe.operations.reporting.yearly.document;

import be.pfe.operations.reporting.yearly.BreakdownRow;
import be.pfe.operations.reporting.yearly.YearlyDimension;
import be.pfe.operations.reporting.yearly.YearlyLine;
import be.pfe.operations.reporting.yearly.YearlyReport;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

/**
 * The yearly report as a PDF document (OpenPDF): the centre's name and the year, the tables, a bar chart of the spots
 * by month drawn with the PDF's own graphics, the counting rules, and "page x of y" at the foot of every page.
 */
public final class YearlyPdf {

    /** The three lines' colours, in the chart and its legend. */
    static final Color[] LINE_COLOURS = {new Color(0x2f, 0x6f, 0xb3), new Color(0xe0, 0x8a, 0x1e), new Color(0x3a, 0x9a, 0x5b)};

    private static final Font TITLE = font(16, Font.BOLD);
    private static final Font HEADING = font(11, Font.BOLD);
    private static final Font BODY = font(8.5f, Font.NORMAL);
    private static final Font BOLD = font(8.5f, Font.BOLD);

    private YearlyPdf() {
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }

    public static void write(YearlyReport report, YearlyDocument layout, ReportTexts texts, OutputStream out) {
        Document document = new Document(PageSize.A4, 36, 36, 40, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(texts));
            document.addTitle(layout.title());
            document.addCreator("PFE Operations");
            document.open();
            document.add(new Paragraph(layout.title(), TITLE));
            document.add(spacer());
            for (ReportTable table : layout.tables()) {
                document.add(new Paragraph(table.title(), HEADING));
                document.add(table(table, texts));
                if (table.name().equals("spots")) {
                    document.add(new Paragraph(texts.text("report.yearly.chart"), HEADING));
                    document.add(chart(writer.getDirectContent(), report, texts));
                }
            }
            document.add(new Paragraph(texts.text("report.yearly.rules"), HEADING));
            for (String rule : layout.rules()) {
                Paragraph paragraph = new Paragraph(rule, BODY);
                paragraph.setSpacingAfter(4);
                document.add(paragraph);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The yearly report could not be written as PDF", e);
        }
    }

    private static Paragraph spacer() {
        Paragraph spacer = new Paragraph(" ", BODY);
        spacer.setSpacingAfter(2);
        return spacer;
    }

    private static PdfPTable table(ReportTable table, ReportTexts texts) {
        PdfPTable pdf = new PdfPTable(table.headers().size());
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(4);
        pdf.setSpacingAfter(10);
        pdf.setHeaderRows(1);
        float[] widths = new float[table.headers().size()];
        java.util.Arrays.fill(widths, 1);
        widths[0] = table.headers().size() > 2 ? 2.6f : 4;
        pdf.setWidths(widths);
        for (String header : table.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
            cell.setBackgroundColor(new Color(0xe8, 0xee, 0xf4));
            pdf.addCell(cell);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            boolean total = table.totalRow() && r == table.rows().size() - 1;
            for (Object value : table.rows().get(r)) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "–" : value instanceof Number number
                        ? texts.number(number) : value.toString(), total ? BOLD : BODY));
                if (value instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    /** Spots begun each month, one bar per line, drawn as vector graphics. */
    private static Image chart(PdfContentByte canvas, YearlyReport report, ReportTexts texts) {
        float width = 520;
        float height = 190;
        float left = 34;
        float bottom = 34;
        float plotHeight = height - bottom - 24;
        PdfTemplate template = canvas.createTemplate(width, height);
        List<BreakdownRow> months = report.breakdown(YearlyDimension.MONTH).rows();
        long max = Math.max(1, months.stream().flatMap(row -> row.spots().values().stream())
                .mapToLong(Long::longValue).max().orElse(1));
        BaseFont base = BODY.getCalculatedBaseFont(false);
        template.setColorStroke(Color.GRAY);
        template.setLineWidth(0.5f);
        template.moveTo(left, bottom);
        template.lineTo(width - 4, bottom);
        template.moveTo(left, bottom);
        template.lineTo(left, bottom + plotHeight);
        template.stroke();
        text(template, base, texts.number(max), 2, bottom + plotHeight - 3, 7);
        text(template, base, "0", 20, bottom - 3, 7);
        float slot = (width - left - 8) / 12;
        float bar = slot / 4;
        for (int month = 1; month <= 12; month++) {
            String key = "%d-%02d".formatted(report.query().year().getValue(), month);
            BreakdownRow row = months.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
            float x = left + 4 + (month - 1) * slot;
            for (YearlyLine line : YearlyLine.values()) {
                long spots = row == null ? 0 : row.spots(line);
                float h = plotHeight * spots / max;
                template.setColorFill(LINE_COLOURS[line.ordinal()]);
                template.rectangle(x + line.ordinal() * bar, bottom, bar - 1, h);
                template.fill();
            }
            text(template, base, "%02d".formatted(month), x + bar / 2, bottom - 12, 7);
        }
        float legendX = left;
        for (YearlyLine line : YearlyLine.values()) {
            template.setColorFill(LINE_COLOURS[line.ordinal()]);
            template.rectangle(legendX, 4, 8, 8);
            template.fill();
            String label = texts.text(line.labelKey());
            text(template, base, label, legendX + 11, 5, 7);
            legendX += 16 + base.getWidthPoint(label, 7);
        }
        try {
            Image image = Image.getInstance(template);
            image.setSpacingAfter(8);
            return image;
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(PdfTemplate template, BaseFont font, String text, float x, float y, float size) {
        template.beginText();
        template.setColorFill(Color.DARK_GRAY);
        template.setFontAndSize(font, size);
        template.setTextMatrix(x, y);
        template.showText(text);
        template.endText();
    }

    /** "Page x of y": the total is written into a template on every page once the document is closed. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final ReportTexts texts;
        private PdfTemplate total;
        private BaseFont font;

        PageNumbers(ReportTexts texts) {
            this.texts = texts;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 12);
            font = BODY.getCalculatedBaseFont(false);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String text = texts.text("report.yearly.page", writer.getPageNumber()) + " ";
            PdfContentByte canvas = writer.getDirectContent();
            float x = document.right() - font.getWidthPoint(text, 8) - 20;
            canvas.beginText();
            canvas.setFontAndSize(font, 8);
            canvas.setTextMatrix(x, 24);
            canvas.showText(text);
            canvas.endText();
            canvas.addTemplate(total, x + font.getWidthPoint(text, 8), 24);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 8);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
