package be.pfe.operations.scheduling.history;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.audit.AuditAction;
import be.pfe.operations.domain.audit.AuditTrail;
import be.pfe.operations.domain.enrolment.Step;
import be.pfe.operations.domain.shared.BusinessRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The back-dating window: a step may be recorded up to {@code pfe.backdating.days} days (environment
 * {@code PFE_BACKDATING_DAYS}, 30 by default) after the day it happened by anyone who may take it; further back only
 * with the history-import right ({@link Access#HISTORY_IMPORT}: administrators and the data migration role), and
 * such a step is marked back-dated in the history and written to the audit trail.
 */
@ApplicationScoped
public class Backdating {

    public static final int DEFAULT_WINDOW_DAYS = 30;

    private int windowDays;
    private Actor actor;
    private AuditTrail audit;

    protected Backdating() {
        // for CDI
    }

    @Inject
    public Backdating(@ConfigProperty(name = "pfe.backdating.days", defaultValue = "30") int windowDays, Actor actor,
                      AuditTrail audit) {
        this.windowDays = windowDays;
        this.actor = actor;
        this.audit = audit;
    }

    /** Outside a container (tests): the default window, nobody with the history-import right, no audit trail. */
    public static Backdating standard() {
        return new Backdating(DEFAULT_WINDOW_DAYS, Actor.anonymous(), null);
    }

    public int windowDays() {
        return windowDays;
    }

    /** Whether the current user may record steps beyond the window. */
    public boolean mayGoBeyondWindow() {
        return actor != null && actor.isSignedIn() && !actor.scope(Access.HISTORY_IMPORT).none();
    }

    /**
     * The step of {@code actorName} recorded now, that happened on {@code day} ({@code null}: today). Refused (422
     * {@code history.backdating.window}) beyond the window without the history-import right; marked back-dated and
     * audited with it ({@code subject} names the record, e.g. {@code enrolment 12}).
     */
    public Step step(String actorName, OffsetDateTime now, String reason, LocalDate day, String subject) {
        Step step = new Step(actorName, now, reason);
        if (day == null || !day.isBefore(now.toLocalDate().minusDays(windowDays))) {
            return day == null ? step : step.on(day, false);
        }
        if (!mayGoBeyondWindow()) {
            throw new BusinessRuleException("history.backdating.window", "date", day, windowDays);
        }
        if (audit != null) {
            audit.record(actorName, AuditAction.STEP_BACKDATED, subject, "effective " + day);
        }
        return step.on(day, true);
    }

    /** Whether a day is beyond the window as of {@code today}. */
    public boolean beyondWindow(LocalDate day, LocalDate today) {
        return day != null && day.isBefore(today.minusDays(windowDays));
    }
}
