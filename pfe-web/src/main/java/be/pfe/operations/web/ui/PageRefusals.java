package be.pfe.operations.web.ui;

import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.NotFoundException;
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
 * Failures of pages that are not errors: a page opened for what the user may not read (a guessed id, another
 * centre's record) is refused whole with the "not allowed" page and status 403, one for a record that does not exist
 * with the "not found" page and 404, one with parameters that are no values with the "bad request" page and 400,
 * each saying why, nothing of the record shown; a form posted to a view that no longer exists
 * (the session ran out, or the post was forged without its view state) goes back to the dashboard, saying so; a form
 * posted with a CSP nonce not its page's goes to the "expired form" page (one warning line in the log, no stack
 * trace); a save that met a change made meanwhile by someone else stays on its page, saying so
 * ({@link ChangedMeanwhile}). A refused page is recorded in the audit trail ({@link RefusalAudit}).
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
            if (faces.getExternalContext().isResponseCommitted()) {
                continue;
            }
            AccessDeniedException denied = find(failure, AccessDeniedException.class);
            NotFoundException missing = denied == null ? find(failure, NotFoundException.class) : null;
            if (denied != null || missing != null) {
                events.remove();
                HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                int status = denied != null ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND;
                if (denied != null) {
                    RefusalAudit.recordOnce(request, status, RefusalAudit.template(
                            request.getRequestURI().substring(request.getContextPath().length())));
                }
                refuse(faces, status, denied != null ? denied : missing);
                continue;
            }
            if (faces.isPostback() && ChangedMeanwhile.is(failure)) {
                // a save that met someone else's change: one sentence on the page, the form kept, no error page
                events.remove();
                ChangedMeanwhile.tell();
                faces.renderResponse();
                continue;
            }
            String target = cause(failure, ViewExpiredException.class) ? "/index.xhtml?expired=true"
                    : cause(failure, CspException.class) ? SecurityHeadersFilter.EXPIRED_PAGE : null;
            if (target != null) {
                events.remove();
                if (target.equals(SecurityHeadersFilter.EXPIRED_PAGE)) {
                    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                    LOG.warning(() -> "Page post with a wrong CSP nonce refused: " + request.getRequestURI());
                }
                redirect(faces, target);
            }
        }
        getWrapped().handle();
    }

    /** The request attribute that holds why a page was refused, in the reader's language (shown by the refusal page). */
    public static final String REASON = "pfe.refusal.reason";

    /**
     * Whether a refusal met while a page is being opened (not posted) refuses the whole page: a record the reader may
     * not read, or one that does not exist. Actions of a page shown show their refusals beside the form instead.
     */
    public static boolean refusesWholePage(FacesContext faces, BusinessRuleException refusal) {
        return faces != null && !faces.isPostback()
                && (refusal instanceof AccessDeniedException || refusal instanceof NotFoundException);
    }

    /**
     * The page is refused whole: what was rendered is thrown away and the error page of the status (403 not allowed,
     * 404 not found, 400 bad parameters) is shown in its place at the same address, saying why; an ajax request goes
     * to that page.
     */
    static void refuse(FacesContext faces, int status, BusinessRuleException reason) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (reason != null) {
            request.setAttribute(REASON, be.pfe.operations.web.i18n.Messages.of(reason, faces.getViewRoot() == null
                    ? external.getRequestLocale() : faces.getViewRoot().getLocale()));
        }
        if (faces.getPartialViewContext().isAjaxRequest()) {
            redirect(faces, status == HttpServletResponse.SC_FORBIDDEN ? "/forbidden.xhtml"
                    : status == HttpServletResponse.SC_NOT_FOUND ? NOT_FOUND_PAGE : BAD_REQUEST_PAGE);
            return;
        }
        try {
            external.responseReset();
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public static final String NOT_FOUND_PAGE = "/not-found.xhtml";
    public static final String BAD_REQUEST_PAGE = "/bad-request.xhtml";

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
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

    /**
     * A page opened with parameters that do not convert or validate ({@code ?session=abc}, a date that is no date) is
     * answered 400 with the bad-request page, rather than shown empty. Registered in faces-config.xml.
     */
    public static class BadParameters implements jakarta.faces.event.PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public jakarta.faces.event.PhaseId getPhaseId() {
            return jakarta.faces.event.PhaseId.PROCESS_VALIDATIONS;
        }

        @Override
        public void afterPhase(jakarta.faces.event.PhaseEvent event) {
            FacesContext faces = event.getFacesContext();
            if (!faces.isPostback() && faces.isValidationFailed() && !faces.getResponseComplete()) {
                refuse(faces, HttpServletResponse.SC_BAD_REQUEST, null);
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
