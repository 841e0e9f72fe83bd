package be.pfe.operations.web.diagnostics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * How many SQL statements each request sends to the database: the measure that catches a page or a list whose
 * statements grow with its rows (N+1). Off unless {@code pfe.diagnostics.statements} is true (the integration tests
 * turn it on): the persistence unit then counts every statement it executes on the request's thread, authentication's
 * included, and the count of a request that named itself ({@value StatementCountFilter#HEADER}) is kept a while for
 * {@link StatementCountServlet}.
 */
@ApplicationScoped
public class StatementCount {

    static final String SETTING = "pfe.diagnostics.statements";
    private static final Logger LOG = Logger.getLogger(StatementCount.class.getName());
    private static final int MOST_KEPT = 1_000;
    private static final int MOST_STATEMENTS_KEPT = 1_000;
    private static final ThreadLocal<List<String>> ON_THIS_THREAD = ThreadLocal.withInitial(ArrayList::new);

    /** The statements of one request, in the order they were sent (their SQL, without the values). */
    record Statements(List<String> sql) {
    }

    private final Map<String, Statements> kept = Collections.synchronizedMap(new LinkedHashMap<String, Statements>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Statements> eldest) {
            return size() > MOST_KEPT;
        }
    });

    @PersistenceUnit(unitName = "pfe")
    private EntityManagerFactory entityManagerFactory;

    static boolean enabled() {
        return ConfigProvider.getConfig().getOptionalValue(SETTING, Boolean.class).orElse(false);
    }

    void listen(@Observes Startup startup) {
        if (!enabled()) {
            return;
        }
        entityManagerFactory.unwrap(Server.class).getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                List<String> statements = ON_THIS_THREAD.get();
                if (statements.size() < MOST_STATEMENTS_KEPT) {
                    statements.add(event.getCall() instanceof DatabaseCall call ? call.getSQLString() : "?");
                } else {
                    statements.add("…");
                }
            }
        });
        LOG.warning("SQL statements are counted per request (" + SETTING + "): a diagnostic, not for production");
    }

    /** The statements counted on this thread since the last call, and starts counting anew. */
    static Statements takeFromThisThread() {
        List<String> statements = ON_THIS_THREAD.get();
        Statements taken = new Statements(List.copyOf(statements));
        statements.clear();
        return taken;
    }

    void keep(String request, Statements statements) {
        kept.put(request, statements);
    }

    Statements of(String request) {
        return kept.get(request);
    }
}
