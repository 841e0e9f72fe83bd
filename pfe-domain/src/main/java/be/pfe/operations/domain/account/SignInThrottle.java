package be.pfe.operations.domain.account;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Failed sign-ins counted per (account, client address) and per client address, instead of a lockout that anyone
 * could set off by typing a victim's username:
 * <ul>
 * <li>from the {@value #ATTEMPTS_ALLOWED}th failure in a row on an account from one client, that client waits
 * {@link #FIRST_DELAY}, then twice as long after each further failure, at most {@link #LONGEST_DELAY}, before it may
 * try that account again; the account's owner on another client still signs in; a success from that client
 * forgets its failures on that account, and so does a day without failures;</li>
 * <li>{@value #CLIENT_FAILURES_ALLOWED} failures from one client within {@link #CLIENT_WINDOW}, over all accounts
 * and unknown usernames, and the client is refused for {@link #CLIENT_PAUSE}, whatever account it tries.</li>
 * </ul>
 * The counts are kept in the database, so they hold across application instances.
 */
public interface SignInThrottle {

    int ATTEMPTS_ALLOWED = 5;
    Duration FIRST_DELAY = Duration.ofSeconds(1);
    Duration LONGEST_DELAY = Duration.ofMinutes(15);
    int CLIENT_FAILURES_ALLOWED = 30;
    Duration CLIENT_WINDOW = Duration.ofMinutes(10);
    Duration CLIENT_PAUSE = Duration.ofMinutes(15);
    /** Failures older than this no longer count. */
    Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    /**
     * How long this client must still wait before it may try this account ({@code null}: an unknown username, only
     * the client's own pause counts); zero when it may try now.
     */
    Duration waitBefore(String username, String client, OffsetDateTime now);

    /**
     * Counts a failure of this client on this account ({@code null}: an unknown username, counted for the client
     * only). Returns the wait it starts, zero when none.
     */
    Duration failed(String username, String client, OffsetDateTime now);

    /** This client signed in to this account: its failures there are forgotten. */
    void succeeded(String username, String client);

    /** An administrator lifted the delays of this account, on every client. */
    void forget(String username);

    /** The delay after the given number of failures in a row on one account from one client. */
    static Duration delayAfter(int failures) {
        if (failures < ATTEMPTS_ALLOWED) {
            return Duration.ZERO;
        }
        int doublings = failures - ATTEMPTS_ALLOWED;
        if (doublings >= 20) {
            return LONGEST_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }
}
