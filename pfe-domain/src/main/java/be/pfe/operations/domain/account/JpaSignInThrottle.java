package be.pfe.operations.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** {@link SignInThrottle} in tables {@code sign_in_failure} and {@code sign_in_client} (V40), each change one upsert. */
@ApplicationScoped
public class JpaSignInThrottle implements SignInThrottle {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaSignInThrottle() {
        // for CDI
    }

    public JpaSignInThrottle(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Duration waitBefore(String username, String client, OffsetDateTime now) {
        Instant until = latest(entityManager.createNativeQuery(
                "select blocked_until from sign_in_client where client = ?1").setParameter(1, client).getResultList(), null);
        if (username != null) {
            until = latest(entityManager.createNativeQuery(
                    "select blocked_until from sign_in_failure where username = ?1 and client = ?2 and last_failure > ?3")
                    .setParameter(1, username).setParameter(2, client)
                    .setParameter(3, Timestamp.from(now.toInstant().minus(FORGOTTEN_AFTER))).getResultList(), until);
        }
        return until == null || !until.isAfter(now.toInstant()) ? Duration.ZERO : Duration.between(now.toInstant(), until);
    }

    @Override
    public Duration failed(String username, String client, OffsetDateTime now) {
        Timestamp at = Timestamp.from(now.toInstant());
        Duration wait = Duration.ZERO;
        int clientFailures = number(entityManager.createNativeQuery("insert into sign_in_client (client, window_start, "
                        + "failures) values (?1, ?2, 1) on conflict (client) do update set "
                        + "failures = case when sign_in_client.window_start <= ?3 then 1 else sign_in_client.failures + 1 end, "
                        + "window_start = case when sign_in_client.window_start <= ?3 then excluded.window_start "
                        + "else sign_in_client.window_start end returning failures")
                .setParameter(1, client).setParameter(2, at)
                .setParameter(3, Timestamp.from(now.toInstant().minus(CLIENT_WINDOW))).getSingleResult());
        if (clientFailures >= CLIENT_FAILURES_ALLOWED) {
            // the count starts again once the pause is over
            Timestamp until = Timestamp.from(now.toInstant().plus(CLIENT_PAUSE));
            entityManager.createNativeQuery("update sign_in_client set blocked_until = ?2, window_start = ?2, failures = 0 "
                    + "where client = ?1").setParameter(1, client).setParameter(2, until).executeUpdate();
            wait = CLIENT_PAUSE;
        }
        if (username != null) {
            entityManager.createNativeQuery("delete from sign_in_failure where client = ?1 and last_failure < ?2")
                    .setParameter(1, client).setParameter(2, Timestamp.from(now.toInstant().minus(FORGOTTEN_AFTER)))
                    .executeUpdate();
            int failures = number(entityManager.createNativeQuery("insert into sign_in_failure (username, client, failures, "
                            + "last_failure) values (?1, ?2, 1, ?3) on conflict (username, client) do update set "
                            + "failures = sign_in_failure.failures + 1, last_failure = excluded.last_failure returning failures")
                    .setParameter(1, username).setParameter(2, client).setParameter(3, at).getSingleResult());
            Duration delay = SignInThrottle.delayAfter(failures);
            if (!delay.isZero()) {
                entityManager.createNativeQuery("update sign_in_failure set blocked_until = ?3 where username = ?1 "
                                + "and client = ?2").setParameter(1, username).setParameter(2, client)
                        .setParameter(3, Timestamp.from(now.toInstant().plus(delay))).executeUpdate();
                wait = delay.compareTo(wait) > 0 ? delay : wait;
            }
        }
        return wait;
    }

    @Override
    public void succeeded(String username, String client) {
        entityManager.createNativeQuery("delete from sign_in_failure where username = ?1 and client = ?2")
                .setParameter(1, username).setParameter(2, client).executeUpdate();
    }

    @Override
    public void forget(String username) {
        entityManager.createNativeQuery("delete from sign_in_failure where username = ?1")
                .setParameter(1, username).executeUpdate();
    }

    private static Instant latest(List<?> rows, Instant before) {
        Instant latest = before;
        for (Object row : rows) {
            Instant at = row instanceof Timestamp t ? t.toInstant() : row instanceof OffsetDateTime o ? o.toInstant()
                    : row instanceof Instant i ? i : null;
            if (at != null && (latest == null || at.isAfter(latest))) {
                latest = at;
            }
        }
        return latest;
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
