package be.pfe.operations.web.ui;

import be.pfe.operations.domain.access.AccessDeniedException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.util.Iterator;

/**
 * Failures of pages that are not errors: a page that reads what the user may not read (another centre chosen in the
 * switcher, a guessed id) goes to the friendly "not allowed" page; a form posted to a view that no longer exists
 * (the session ran out, or the post was forged without its view state) goes back to the dashboard, saying so.
 * Actions catch their own refusals and show them beside the form.
 */
public class PageRefusals extends ExceptionHandlerWrapper {

    public PageRefusals(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable failure = events.next().getContext().getException();
            String target = cause(failure, AccessDeniedException.class) ? "/forbidden?faces-redirect=true"
                    : cause(failure, ViewExpiredException.class) ? "/index?faces-redirect=true&expired=true" : null;
            if (target != null && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                faces.getApplication().getNavigationHandler().handleNavigation(faces, null, target);
                faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static boolean cause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageRefusals(getWrapped().getExceptionHandler());
        }
    }
}
