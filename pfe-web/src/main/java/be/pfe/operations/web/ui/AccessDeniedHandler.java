package be.pfe.operations.web.ui;

import be.pfe.operations.domain.access.AccessDeniedException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.util.Iterator;

/**
 * A page that reads what the user may not read (another centre chosen in the switcher, a guessed id) goes to the
 * friendly "not allowed" page instead of the error page. Actions catch their refusals themselves and show them
 * beside the form.
 */
public class AccessDeniedHandler extends ExceptionHandlerWrapper {

    public AccessDeniedHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable failure = events.next().getContext().getException();
            if (denied(failure) && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                faces.getApplication().getNavigationHandler().handleNavigation(faces, null,
                        "/forbidden?faces-redirect=true");
                faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static boolean denied(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException) {
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
            return new AccessDeniedHandler(getWrapped().getExceptionHandler());
        }
    }
}
