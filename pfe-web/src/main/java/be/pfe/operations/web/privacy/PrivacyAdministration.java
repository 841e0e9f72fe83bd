package be.pfe.operations.web.privacy;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.privacy.ErasureDecision;
import be.pfe.operations.domain.privacy.LearnerErasure;
import be.pfe.operations.domain.privacy.PrivacyAction;
import be.pfe.operations.domain.privacy.PrivacyLog;
import be.pfe.operations.domain.privacy.Pseudonymisation;
import be.pfe.operations.domain.privacy.PseudonymisationRun;
import be.pfe.operations.domain.privacy.RetainedRecordKind;
import be.pfe.operations.domain.privacy.RetentionPolicy;
import be.pfe.operations.domain.privacy.RetentionSettings;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.reporting.privacy.DossierPdf;
import be.pfe.operations.reporting.privacy.LearnerDossier;
import be.pfe.operations.reporting.privacy.SubjectAccess;
import be.pfe.operations.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What administrators do with personal data, from the page and the API alike: retention periods, the
 * pseudonymisation job, a learner's subject-access export (JSON or PDF) and erasure. Administrators only; every
 * action is recorded in the privacy log and the audit trail, with the learner's id, never their name.
 */
@ApplicationScoped
@Transactional
public class PrivacyAdministration {

    @Inject
    Actor actor;
    @Inject
    RetentionSettings retention;
    @Inject
    Pseudonymisation pseudonymisation;
    @Inject
    PrivacyBackground background;
    @Inject
    SubjectAccess subjectAccess;
    @Inject
    LearnerErasure erasure;
    @Inject
    PrivacyLog log;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RetentionPolicy> retention() {
        actor.require(Access.PRIVACY, null);
        return retention.all();
    }

    public List<RetentionPolicy> changeRetention(Map<RetainedRecordKind, Integer> months) {
        actor.require(Access.PRIVACY, null);
        return retention.change(months, actor.username());
    }

    /** Starts a run now; its progress is then read with {@link #run}. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PseudonymisationRun runNow() {
        actor.require(Access.PRIVACY, null);
        return background.runNow(actor.username());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PseudonymisationRun run(long runId) {
        actor.require(Access.PRIVACY, null);
        return pseudonymisation.run(runId)
                .orElseThrow(() -> new NotFoundException("privacy.run.unknown", null, runId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PseudonymisationRun latestRun() {
        actor.require(Access.PRIVACY, null);
        return pseudonymisation.latestRun().orElse(null);
    }

    /** Everything held on the learner, recorded as exported (JSON). */
    public LearnerDossier export(long learnerId, Language language) {
        actor.require(Access.PRIVACY, null);
        LearnerDossier dossier = subjectAccess.dossierOf(learnerId, language, actor.username());
        log.record(PrivacyAction.EXPORT_JSON, learnerId, null, null, "json", actor.username());
        return dossier;
    }

    /** The same as a PDF document in the reader's language, recorded as exported (PDF). */
    public byte[] exportPdf(long learnerId, Language language) {
        actor.require(Access.PRIVACY, null);
        LearnerDossier dossier = subjectAccess.dossierOf(learnerId, language, actor.username());
        log.record(PrivacyAction.EXPORT_PDF, learnerId, null, null, "pdf", actor.username());
        ResourceBundle bundle = Messages.bundle(language.locale());
        return new DossierPdf(key -> bundle.containsKey(key) ? bundle.getString(key) : null, language.locale())
                .write(dossier);
    }

    /**
     * Erases the learner where the law allows it (see {@link LearnerErasure}); a refusal is recorded (in the
     * erasure's own transaction) and then thrown for the page or the API to show.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ErasureDecision erase(long learnerId) {
        actor.require(Access.PRIVACY, null);
        return erasure.erase(learnerId, actor.username()).orThrow();
    }
}
