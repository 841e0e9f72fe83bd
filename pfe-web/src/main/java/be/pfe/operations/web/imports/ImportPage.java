package be.pfe.operations.web.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.scheduling.imports.TableImport;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.util.List;

/**
 * The import page: a partner's file is uploaded and previewed (each row with what it would do, or why it is
 * refused); the import then writes the good rows, one by one, with a progress bar, and shows what each row did.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "importForm";

    /** What the file holds. */
    @Schema(name = "ImportKind", description = "What an import brings in")
    public enum Kind { LEARNERS, ATTENDANCE }

    @Inject
    CheckedImports imports;
    @Inject
    UserPreferences preferences;

    private Kind kind = Kind.LEARNERS;
    private String fileName;
    private byte[] file;
    private ImportReportDto report;
    private boolean imported;
    private volatile int done;
    private volatile int total;

    private TableImport<?, ?> tableImport() {
        return kind == Kind.LEARNERS ? imports.learners() : imports.attendance();
    }

    /** Only those who plan in some centre open the page; the others go to the "not allowed" page. */
    @PostConstruct
    void allowed() {
        imports.requireImporter();
    }

    /**
     * A file was chosen: once the user's rights and a free place are checked, it is read and previewed at once,
     * nothing written.
     */
    public void upload(FileUploadEvent event) {
        file = null;
        fileName = event.getFile().getFileName();
        imported = false;
        report = null;
        try {
            report = ImportReportDto.of(imports.preview(tableImport(), () -> file = content(event)),
                    preferences.getLocale());
            total = report.rows();
            done = 0;
        } catch (BusinessRuleException refusal) {
            file = null;
            FacesMessages.refused(refusal, FORM);
        }
    }

    private static byte[] content(FileUploadEvent event) {
        return UploadedFile.of(event);
    }

    /** Imports the good rows of the file previewed, each in a transaction of its own. */
    public void importFile() {
        if (file == null) {
            FacesMessages.info("page.import.noFile");
            return;
        }
        try {
            done = 0;
            byte[] previewed = file;
            report = ImportReportDto.of(imports.run(tableImport(), () -> previewed, count -> done = count),
                    preferences.getLocale());
            imported = true;
            FacesMessages.info("page.import.done", report.good(), report.rows());
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    /** How far the import is, in percent (the page's progress bar asks while it runs). */
    public int getProgress() {
        return total == 0 ? 0 : Math.min(100, done * 100 / total);
    }

    public List<Kind> getKinds() {
        return List.of(Kind.values());
    }

    public boolean isLearners() {
        return kind == Kind.LEARNERS;
    }

    public Kind getKind() {
        return kind;
    }

    /** Another kind of file: what was previewed no longer applies. */
    public void setKind(Kind kind) {
        if (kind != this.kind) {
            file = null;
            report = null;
        }
        this.kind = kind;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isPreviewed() {
        return file != null && report != null && !imported;
    }

    public boolean isImported() {
        return imported;
    }

    public ImportReportDto getReport() {
        return report;
    }
}
