package be.pfe.operations.domain.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Tells the outbox what a change causes: fires the {@link NotificationCause} to its observers, which write the messages
 * in the change's transaction. A use case holds one ({@code @Inject Notices notices = Notices.NONE;}): the container
 * gives it the real one; constructed by hand (plain PostgreSQL tests), it keeps {@link #NONE}, which tells nobody.
 */
@ApplicationScoped
public class Notices {

    /** Outside a container: the causes go nowhere. */
    public static final Notices NONE = new Notices(null);

    @Inject
    Event<NotificationCause> causes;

    protected Notices() {
        // for CDI
    }

    private Notices(Event<NotificationCause> causes) {
        this.causes = causes;
    }

    public void tell(NotificationCause cause) {
        if (causes != null) {
            causes.fire(cause);
        }
    }
}
