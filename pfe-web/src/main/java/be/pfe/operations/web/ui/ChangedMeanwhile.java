package be.pfe.operations.web.ui;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.StaleVersionException;
import be.pfe.operations.web.api.RecordVersions;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;

import java.util.function.Supplier;

/**
 * A page's save that meets a change made meanwhile by someone else (EclipseLink's optimistic lock at commit, a use
 * case's stale version, {@link RecordVersions}' refusal of a stale version) tells the user so in one translated
 * sentence ({@code request.concurrentChange}: reload and redo the change), never with an error page. The editing
 * beans save through {@link #save} from the version they showed and show refusals with {@link FacesMessages#refused}
 * (which words every such refusal so); a failure that still gets past a bean is told alike by {@link PageRefusals}.
 */
public final class ChangedMeanwhile {

    public static final String MESSAGE = "request.concurrentChange";

    private ChangedMeanwhile() {
    }

    /** The failure is, or is caused by, a change made meanwhile by someone else. */
    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleVersionException
                    || t instanceof BusinessRuleException refusal && "record.changedMeanwhile".equals(refusal.messageKey())) {
                return true;
            }
        }
        return false;
    }

    /** Tells the user on the page (the form stays as filled in, so that nothing typed is lost before the reload). */
    public static void tell() {
        FacesMessages.error(MESSAGE);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            faces.validationFailed();
        }
    }

    /**
     * Saves the record the page read at {@code version}: when someone changed it since, nothing is saved and the
     * refusal ({@code record.changedMeanwhile}, a {@link BusinessRuleException}) goes to the bean's usual
     * {@code catch}, where {@link FacesMessages#refused} tells it as {@link #MESSAGE}.
     */
    public static <T> T save(RecordVersions versions, RecordVersions.Kind kind, long id, long version,
                             Supplier<T> save) {
        return versions.change(kind, id, "\"" + version + "\"", save).entity();
    }
}
