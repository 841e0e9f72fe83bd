package be.pfe.operations.web.ui;

import be.pfe.operations.domain.access.AccessDeniedException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import be.pfe.operations.web.security.RefusalAudit;
import be.pfe.operations.web.security.SecurityHeadersFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Failures of pages that are not errors: a page that reads what the user may not read (another centre chosen in the
 * switcher, a guessed id) goes to the friendly "not allowed" page; a form posted to a view that no longer exists
 * (the session ran out, or the post was forged without its view state) goes back to the dashboard, saying so; a form
 * posted with a CSP nonce not its page's goes to the "expired form" page (one warning line in the log, no stack
 * trace). A refused page is recorded in the audit trail ({@link RefusalAudit}).
 * Actions catch their own refusals and show them beside the form.
 */
public class PageRefusals extends ExceptionHandlerWrapper {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PageRefusals.class.getName());

    public PageRefusals(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable failure = events.next().getContext().getException();
            String target = cause(failure, AccessDeniedException.class) ? "/forbidden.xhtml"
                    : cause(failure, ViewExpiredException.class) ? "/index.xhtml?expired=true"
                    : cause(failure, CspException.class) ? SecurityHeadersFilter.EXPIRED_PAGE : null;
            if (target != null && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                if (target.equals("/forbidden.xhtml")) {
                    RefusalAudit.recordOnce(request, HttpServletResponse.SC_FORBIDDEN, RefusalAudit.template(
                            request.getRequestURI().substring(request.getContextPath().length())));
                } else if (target.equals(SecurityHeadersFilter.EXPIRED_PAGE)) {
                    LOG.warning(() -> "Page post with a wrong CSP nonce refused: " + request.getRequestURI());
                }
                redirect(faces, target);
            }
        }
        getWrapped().handle();
    }

    /**
     * Throws away what was rendered (a page is buffered whole) and sends the browser elsewhere; an ajax request,
     * possibly refused in the middle of its partial response, gets a partial response of its own.
     */
    private static void redirect(FacesContext faces, String target) {
        ExternalContext external = faces.getExternalContext();
        String url = external.getRequestContextPath() + target;
        try {
            external.responseReset();
            if (faces.getPartialViewContext().isAjaxRequest()) {
                HttpServletResponse response = (HttpServletResponse) external.getResponse();
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + url + "\"/></partial-response>");
            } else {
                external.redirect(url);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static boolean cause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * After the view is restored: a post whose {@code primefaces.nonce} is not the one its page was given is refused
     * here (to the expired-form page, one warning line), before PrimeFaces fails on it while rendering. Registered in
     * faces-config.xml.
     */
    public static class NonceCheck implements jakarta.faces.event.PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public jakarta.faces.event.PhaseId getPhaseId() {
            return jakarta.faces.event.PhaseId.RESTORE_VIEW;
        }

        @Override
        public void afterPhase(jakarta.faces.event.PhaseEvent event) {
            FacesContext faces = event.getFacesContext();
            if (faces.getResponseComplete() || !faces.isPostback() || faces.getViewRoot() == null) {
                return;
            }
            java.util.Map<String, Object> view = faces.getViewRoot().getViewMap(false);
            Object expected = view == null ? null : view.get("primefaces.nonce");
            String given = faces.getExternalContext().getRequestParameterMap().get("primefaces.nonce");
            if (expected != null && !expected.equals(given)) {
                HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                LOG.warning(() -> "Page post with a wrong CSP nonce refused: " + request.getRequestURI());
                redirect(faces, SecurityHeadersFilter.EXPIRED_PAGE);
            }
        }

        @Override
        public void beforePhase(jakarta.faces.event.PhaseEvent event) {
        }
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
