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

    public boolean isAllowed() {
        return imports.mayImportHistory();
    }

    /** A file was chosen: dry-run at once. */
    public void upload(FileUploadEvent event) {
        file = null;
        report = null;
        fileName = event.getFile().getFileName();
        try {
            byte[] content = content(event);
            report = HistoryReportDto.of(imports.importFile(kind, () -> content, true), preferences.getLocale());
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
            report = HistoryReportDto.of(imports.importFile(kind, () -> checked, false), preferences.getLocale());
            file = null;
            FacesMessages.info("page.history.done", report.rows() - report.count(
                    be.pfe.operations.scheduling.imports.HistoryOutcome.ERROR), report.rows());
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    public List<HistoryKind> getKinds() {
        return List.of(HistoryKind.values());
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
