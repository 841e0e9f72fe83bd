package be.pfe.operations.web.imports;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.scheduling.imports.HistoryKind;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.util.List;

/**
 * The import page's section for bringing past years in (issue 16), shown only to users with the history-import
 * right: a file of one kind is dry-run at once (every problem of every row, nothing written), then imported, each row
 * in a transaction of its own.
 */
@Named
@ViewScoped
public class HistoryImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "historyForm";

    @Inject
    HistoryImports imports;
    @Inject
    UserPreferences preferences;

    private HistoryKind kind = HistoryKind.COURSES;
    private String fileName;
    private byte[] file;
    private HistoryReportDto report;
    /** One workbook with a sheet per kind instead of one file of one kind. */
    private boolean workbook;
    private List<HistoryReportDto> reports;

    public boolean isAllowed() {
        return imports.mayImportHistory();
    }

    /** A file was chosen: dry-run at once. */
    public void upload(FileUploadEvent event) {
        file = null;
        report = null;
        reports = null;
        fileName = event.getFile().getFileName();
        try {
            byte[] content = content(event);
            if (workbook) {
                reports = views(imports.importWorkbook(() -> content, true));
            } else {
                report = HistoryReportDto.of(imports.importFile(kind, () -> content, true), preferences.getLocale());
            }
            file = content;
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    private static byte[] content(FileUploadEvent event) {
        return UploadedFile.of(event);
    }

    /** Applies the file dry-run, its good rows each in a transaction of its own. */
    public void importFile() {
        if (file == null) {
            FacesMessages.info("page.import.noFile");
            return;
        }
        try {
            byte[] checked = file;
            if (workbook) {
                reports = views(imports.importWorkbook(() -> checked, false));
                file = null;
                long rows = reports.stream().mapToLong(HistoryReportDto::rows).sum();
                long refused = reports.stream().mapToLong(view -> view.count(
                        be.pfe.operations.scheduling.imports.HistoryOutcome.ERROR)).sum();
                FacesMessages.info("page.history.done", rows - refused, rows);
                return;
            }
            report = HistoryReportDto.of(imports.importFile(kind, () -> checked, false), preferences.getLocale());
            file = null;
            FacesMessages.info("page.history.done", report.rows() - report.count(
                    be.pfe.operations.scheduling.imports.HistoryOutcome.ERROR), report.rows());
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    private List<HistoryReportDto> views(List<be.pfe.operations.scheduling.imports.HistoryReport> done) {
        return done.stream().map(one -> HistoryReportDto.of(one, preferences.getLocale())).toList();
    }

    public List<HistoryKind> getKinds() {
        return List.of(HistoryKind.values());
    }

    /** What the page offers: a file of each kind, or one workbook ({@code WORKBOOK}). */
    public List<String> getChoices() {
        List<String> choices = new java.util.ArrayList<>(getKinds().stream().map(Enum::name).toList());
        choices.add(WORKBOOK);
        return choices;
    }

    static final String WORKBOOK = "WORKBOOK";

    public String getChoice() {
        return workbook ? WORKBOOK : kind.name();
    }

    public void setChoice(String choice) {
        boolean toWorkbook = WORKBOOK.equals(choice);
        HistoryKind to = toWorkbook ? kind : HistoryKind.valueOf(choice);
        if (toWorkbook != workbook || to != kind) {
            file = null;
            report = null;
            reports = null;
        }
        workbook = toWorkbook;
        kind = to;
    }

    public boolean isWorkbook() {
        return workbook;
    }

    /** Where the chosen template is: {@code history-courses} (CSV or XLSX) or {@code history} (the workbook). */
    public String getTemplatePath() {
        return workbook ? "history" : "history-" + kind.path();
    }

    public List<HistoryReportDto> getReports() {
        return reports;
    }

    /** The workbook's reports (dry run or applied) hold a row that can be applied. */
    public boolean isWorkbookApplicable() {
        return file != null && reports != null && reports.stream().anyMatch(view -> view.dryRun()
                && view.count(be.pfe.operations.scheduling.imports.HistoryOutcome.ERROR) < view.rows());
    }

    public boolean isWorkbookDryRun() {
        return reports != null && !reports.isEmpty() && reports.get(0).dryRun();
    }

    public HistoryKind getKind() {
        return kind;
    }

    public void setKind(HistoryKind kind) {
        if (kind != this.kind) {
            file = null;
            report = null;
        }
        this.kind = kind;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isDryRun() {
        return report != null && report.dryRun();
    }

    public boolean isApplicable() {
        return file != null && report != null && report.dryRun()
                && report.count(be.pfe.operations.scheduling.imports.HistoryOutcome.ERROR) < report.rows();
    }

    public HistoryReportDto getReport() {
        return report;
    }
}
