package be.pfe.operations.web.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.pfe.operations.domain.attendance.AttendanceMark;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.scheduling.imports.AttendanceColumn;
import be.pfe.operations.scheduling.imports.ImportColumn;
import be.pfe.operations.scheduling.imports.LearnerColumn;
import be.pfe.operations.scheduling.imports.ValueLabels;
import be.pfe.operations.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The templates of the imports, in the reader's language: the header row the import reads (its columns named in
 * that language), as CSV (UTF-8, semicolons) or as an Excel workbook whose second sheet lists the values each column
 * accepts (and how a session is named: by its code as the sessions list shows it, or its number). The values may be
 * written as the pages show them, in French, Dutch or English ({@link #LABELS}).
 */
@ApplicationScoped
public class ImportTemplates {

    /** The labels of the values in the three languages, as the bundles give them. */
    public static final ValueLabels LABELS = value -> {
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        List<String> labels = new ArrayList<>();
        for (Language language : Language.values()) {
            String label = Messages.text(language.locale(), key);
            if (!label.equals(key)) {
                labels.add(label);
            }
        }
        return labels;
    };

    /** An import's template: its columns and the values some of them take. */
    @Schema(name = "ImportTemplateKind", description = "The kind of an import template")
    public enum Kind {
        LEARNERS("learners", LearnerColumn.values()),
        ATTENDANCE("attendance", AttendanceColumn.values()),
        HISTORY_COURSES("history-courses", be.pfe.operations.scheduling.imports.HistoryColumns.Course.values()),
        HISTORY_SESSIONS("history-sessions", be.pfe.operations.scheduling.imports.HistoryColumns.Session.values()),
        HISTORY_LEARNERS("history-learners", be.pfe.operations.scheduling.imports.HistoryColumns.Learner.values()),
        HISTORY_ENROLMENTS("history-enrolments",
                be.pfe.operations.scheduling.imports.HistoryColumns.Enrolment.values()),
        HISTORY_COMPANIES("history-companies", be.pfe.operations.scheduling.imports.HistoryColumns.Company.values()),
        HISTORY_PLACEMENTS("history-placements",
                be.pfe.operations.scheduling.imports.HistoryColumns.Placement.values()),
        HISTORY_VALIDATIONS("history-validations",
                be.pfe.operations.scheduling.imports.HistoryColumns.Validation.values()),
        HISTORY_SCREENINGS("history-screenings",
                be.pfe.operations.scheduling.imports.HistoryColumns.Screening.values());

        private final String path;
        private final List<ImportColumn> columns;

        Kind(String path, ImportColumn[] columns) {
            this.path = path;
            this.columns = List.of(columns);
        }

        public String path() {
            return path;
        }

        /** {@code learners} or {@code attendance}; anything else is not found. */
        public static Kind of(String path) {
            for (Kind kind : values()) {
                if (kind.path.equals(path)) {
                    return kind;
                }
            }
            throw new NotFoundException("import.template.unknown", null, String.valueOf(path));
        }
    }

    @Inject
    PartnerOrganisations partners;

    /** The column's header in the language, e.g. "Date de naissance" (the import reads it back). */
    static String header(Kind kind, ImportColumn column, Language language) {
        return Messages.text(language.locale(), "import.template." + kind.path() + "." + column.key());
    }

    public byte[] csv(Kind kind, Language language) {
        StringBuilder text = new StringBuilder("\uFEFF");
        text.append(String.join(";", kind.columns.stream().map(column -> header(kind, column, language)).toList()));
        text.append("\r\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(Kind kind, Language language) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet rows = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    Messages.text(language.locale(), "import.template.sheet.rows")));
            Row header = rows.createRow(0);
            for (int i = 0; i < kind.columns.size(); i++) {
                header.createCell(i).setCellValue(header(kind, kind.columns.get(i), language));
                header.getCell(i).setCellStyle(bold);
                rows.setColumnWidth(i, 22 * 256);
            }
            Sheet values = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    Messages.text(language.locale(), "import.template.sheet.values")));
            int column = 0;
            for (Map.Entry<ImportColumn, List<String>> allowed : allowed(kind, language).entrySet()) {
                Row top = values.getRow(0) == null ? values.createRow(0) : values.getRow(0);
                top.createCell(column).setCellValue(header(kind, allowed.getKey(), language));
                top.getCell(column).setCellStyle(bold);
                for (int i = 0; i < allowed.getValue().size(); i++) {
                    Row row = values.getRow(i + 1) == null ? values.createRow(i + 1) : values.getRow(i + 1);
                    row.createCell(column).setCellValue(allowed.getValue().get(i));
                }
                values.setColumnWidth(column, 36 * 256);
                column++;
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The template of a workbook of past years: a sheet per kind, named in the language (the import reads the sheets
     * by those names, in French, Dutch or English), in the order the kinds are applied, each with its header row;
     * then a sheet of the values the columns with a fixed list take ("Sessions: Status").
     */
    public byte[] historyWorkbook(Language language) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Map<String, List<String>> allValues = new LinkedHashMap<>();
            for (be.pfe.operations.scheduling.imports.HistoryKind history
                    : be.pfe.operations.scheduling.imports.HistoryKind.values()) {
                Kind kind = Kind.of("history-" + history.path());
                String sheetName = Messages.text(language.locale(), "import.template.history.sheet." + history.name());
                Sheet rows = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
                Row header = rows.createRow(0);
                for (int i = 0; i < kind.columns.size(); i++) {
                    header.createCell(i).setCellValue(header(kind, kind.columns.get(i), language));
                    header.getCell(i).setCellStyle(bold);
                    rows.setColumnWidth(i, 22 * 256);
                }
                allowed(kind, language).forEach((column, allowed) ->
                        allValues.put(sheetName + ": " + header(kind, column, language), allowed));
            }
            Sheet values = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    Messages.text(language.locale(), "import.template.sheet.values")));
            int column = 0;
            for (Map.Entry<String, List<String>> allowed : allValues.entrySet()) {
                Row top = values.getRow(0) == null ? values.createRow(0) : values.getRow(0);
                top.createCell(column).setCellValue(allowed.getKey());
                top.getCell(column).setCellStyle(bold);
                for (int i = 0; i < allowed.getValue().size(); i++) {
                    Row row = values.getRow(i + 1) == null ? values.createRow(i + 1) : values.getRow(i + 1);
                    row.createCell(column).setCellValue(allowed.getValue().get(i));
                }
                values.setColumnWidth(column, 36 * 256);
                column++;
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values each column with a fixed list takes, as the reader reads them. */
    public Map<ImportColumn, List<String>> allowed(Kind kind, Language language) {
        Map<ImportColumn, List<String>> allowed = new LinkedHashMap<>();
        if (kind == Kind.LEARNERS) {
            // a session by its code as the sessions list shows it (or its number): said, not listed
            allowed.put(LearnerColumn.SESSION, List.of(Messages.text(language.locale(),
                    "import.template.learners.session.help")));
            allowed.put(LearnerColumn.LANGUAGE, labels(Language.values(), language));
            allowed.put(LearnerColumn.ENTRY_STATUS, labels(EntryStatus.values(), language));
            allowed.put(LearnerColumn.EDUCATION_LEVEL, labels(EducationLevel.values(), language));
            allowed.put(LearnerColumn.PARTNER, partners.all().stream().map(PartnerOrganisation::code).sorted().toList());
        } else if (kind == Kind.ATTENDANCE) {
            allowed.put(AttendanceColumn.MARK, labels(AttendanceMark.values(), language));
        } else {
            HistoryTemplates.allowed(kind, language, allowed,
                    partners.all().stream().map(PartnerOrganisation::code).sorted().toList());
        }
        return allowed;
    }

    static List<String> labels(Enum<?>[] values, Language language) {
        List<String> labels = new ArrayList<>();
        for (Enum<?> value : values) {
            labels.add(Messages.text(language.locale(), value.getDeclaringClass().getSimpleName() + "." + value.name()));
        }
        return labels;
    }
}
