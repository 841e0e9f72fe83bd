package be.pfe.operations.web.privacy;

import be.pfe.operations.domain.privacy.PseudonymisationRun;
import be.pfe.operations.domain.privacy.RetainedRecordKind;
import be.pfe.operations.domain.privacy.RetentionPolicy;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The personal data page (administrators): retention periods, the pseudonymisation job run now with its progress,
 * and for one learner (by id) the subject-access export as JSON or PDF, and erasure.
 */
@Named
@ViewScoped
public class PrivacyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "privacyForm";

    @Inject
    PrivacyAdministration privacy;
    @Inject
    UserPreferences preferences;

    private final Map<RetainedRecordKind, Integer> months = new LinkedHashMap<>();
    private PseudonymisationRun run;
    private Long learnerId;

    @PostConstruct
    void init() {
        for (RetentionPolicy policy : privacy.retention()) {
            months.put(policy.recordKind(), policy.months());
        }
        run = privacy.latestRun();
    }

    public void saveRetention() {
        try {
            privacy.changeRetention(new EnumMap<>(months));
            FacesMessages.info("page.privacy.retentionSaved");
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    public void runNow() {
        try {
            run = privacy.runNow();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    /** Polled while a run is running. */
    public void refreshRun() {
        if (run != null) {
            run = privacy.run(run.id());
        }
    }

    public StreamedContent getJson() {
        if (learnerId == null) {
            return null;
        }
        byte[] json;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(privacy.export(learnerId, preferences.getLanguage())).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        return DefaultStreamedContent.builder().name("learner-" + learnerId + ".json").contentType("application/json")
                .stream(() -> new ByteArrayInputStream(json)).build();
    }

    public StreamedContent getPdf() {
        if (learnerId == null) {
            return null;
        }
        byte[] pdf = privacy.exportPdf(learnerId, preferences.getLanguage());
        return DefaultStreamedContent.builder().name("learner-" + learnerId + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public void erase() {
        if (learnerId == null) {
            FacesMessages.error("page.privacy.learnerRequired");
            return;
        }
        try {
            privacy.erase(learnerId);
            FacesMessages.info("page.privacy.erased", learnerId);
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    public Map<RetainedRecordKind, Integer> getMonths() {
        return months;
    }

    public java.util.List<RetainedRecordKind> getKinds() {
        return java.util.List.copyOf(months.keySet());
    }

    public PseudonymisationRun getRun() {
        return run;
    }

    public Long getLearnerId() {
        return learnerId;
    }

    public void setLearnerId(Long learnerId) {
        this.learnerId = learnerId;
    }
}
