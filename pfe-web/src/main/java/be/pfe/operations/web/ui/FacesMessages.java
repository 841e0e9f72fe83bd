package be.pfe.operations.web.ui;

import be.pfe.operations.scheduling.conflict.Conflict;
import be.pfe.operations.scheduling.conflict.SchedulingConflictException;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/** Puts messages from the bundles on the page, beside the field they are about when there is one. */
public final class FacesMessages {

    private FacesMessages() {
    }

    private static Locale locale(FacesContext faces) {
        return faces.getViewRoot().getLocale();
    }

    public static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(locale(faces), key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(locale(faces), key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Shows why a request was refused: beside the input named by the refusal's field (looked up in the given
     * form), or at the top of the page when it concerns no single field.
     */
    public static void refused(BusinessRuleException refusal, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (PageRefusals.refusesWholePage(faces, refusal)) {
            throw refusal; // a page opened without the right (or for a record that is not there) is refused whole
        }
        if (ChangedMeanwhile.is(refusal)) {
            ChangedMeanwhile.tell(); // one sentence wherever a save meets someone else's change: reload
            return;
        }
        String text = Messages.of(refusal, locale(faces));
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
        String clientId = null;
        if (refusal.field() != null) {
            UIComponent input = faces.getViewRoot().findComponent(formId + ":" + refusal.field());
            clientId = input == null ? null : input.getClientId(faces);
        }
        faces.addMessage(clientId, message);
        faces.validationFailed();
    }

    /**
     * Shows why a change was refused for its conflicts: the refusal at the top of the form, then each conflict
     * explained (blocking ones as errors, warnings as warnings) in the form's {@code conflicts} messages.
     */
    public static void conflicts(SchedulingConflictException conflicts, String formId) {
        refused(conflicts, formId);
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Conflict conflict : conflicts.blocking()) {
            faces.addMessage(formId + ":conflicts", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.of(conflict, locale(faces)), null));
        }
        for (Conflict conflict : conflicts.warnings()) {
            faces.addMessage(formId + ":conflicts", new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Messages.of(conflict, locale(faces)), null));
        }
    }
}
