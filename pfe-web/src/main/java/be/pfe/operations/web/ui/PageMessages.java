package be.pfe.operations.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessages;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * One message per refusal: a page that shows its own messages (a summary at the top of its form, messages beside
 * the fields) has no pop-up as well; the layout's pop-up is for the pages without one.
 */
@Named
@RequestScoped
public class PageMessages {

    /**
     * Whether the page shows messages of its own (a rendered messages component other than the layout's pop-up, not
     * in a dialog).
     */
    public boolean isOwnSummary() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null && holdsMessages(faces.getViewRoot());
    }

    /**
     * Whether this request is a refusal inside a dialog: an action of a dialog (the component that sent the request,
     * or the form that was submitted, is inside a {@code p:dialog}) whose input was refused, so that the dialog stays
     * open and shows the refusal itself. The page's own messages and the pop-up then say nothing of it (one message
     * per refusal): they use {@link #getPageOnly()} as their {@code for}.
     */
    public boolean isDialogRefusal() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null || !faces.isValidationFailed()) {
            return false;
        }
        java.util.Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        String source = parameters.get("jakarta.faces.source");
        if (source != null && !source.isBlank()) {
            boolean[] inDialog = {false};
            try {
                faces.getViewRoot().invokeOnComponent(faces, source,
                        (context, component) -> inDialog[0] = insideDialog(component));
            } catch (RuntimeException notFound) {
                return false;
            }
            return inDialog[0];
        }
        return submittedDialogForm(faces.getViewRoot(), parameters, false);
    }

    /**
     * The {@code for} of the page's own messages and of the pop-up: none (they show the page's messages) unless this
     * request is a refusal inside a dialog, whose messages are the dialog's ({@link #isDialogRefusal()}).
     */
    public String getPageOnly() {
        return isDialogRefusal() ? "pfe-dialog-only" : null;
    }

    private static boolean insideDialog(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (c instanceof org.primefaces.component.dialog.Dialog) {
                return true;
            }
        }
        return false;
    }

    /** Whether a form inside a dialog was submitted by a full (non-Ajax) request. */
    private static boolean submittedDialogForm(UIComponent component, java.util.Map<String, String> parameters,
                                               boolean inDialog) {
        for (UIComponent child : component.getChildren()) {
            boolean dialog = inDialog || child instanceof org.primefaces.component.dialog.Dialog;
            if (dialog && child instanceof jakarta.faces.component.UIForm
                    && parameters.containsKey(child.getClientId())) {
                return true;
            }
            if (submittedDialogForm(child, parameters, dialog)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsMessages(UIComponent component) {
        for (UIComponent child : component.getChildren()) {
            if ("growl".equals(child.getId())) {
                continue; // the pop-up itself (whose rendering asks this)
            }
            if (!child.isRendered() || child instanceof org.primefaces.component.dialog.Dialog) {
                continue; // a dialog's messages are the dialog's: the page's own confirmations still pop up
            }
            if (child instanceof UIMessages) {
                return true;
            }
            if (holdsMessages(child)) {
                return true;
            }
        }
        return false;
    }
}
