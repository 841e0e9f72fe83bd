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
