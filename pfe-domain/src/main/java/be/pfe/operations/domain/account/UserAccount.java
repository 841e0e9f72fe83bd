package be.pfe.operations.domain.account;

import be.pfe.operations.domain.access.RoleGrant;
import be.pfe.operations.domain.shared.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Someone who signs in: their password's hash, their roles, their language, and the state of their lockout. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.FIND_BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.FIND_ALL, query = "select u from UserAccount u order by u.username")
public class UserAccount {

    public static final String FIND_BY_USERNAME = "UserAccount.findByUsername";
    public static final String FIND_ALL = "UserAccount.findAll";
    public static final int USERNAME_LENGTH = 60;
    public static final int DISPLAY_NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", length = 2)
    private Language preferredLanguage;
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;
    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;
    @Column(nullable = false)
    private boolean active = true;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    private List<RoleGrant> roles = new ArrayList<>();
    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, String passwordHash, Language language,
                       List<RoleGrant> roles) {
        this.username = normalise(username);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.preferredLanguage = language;
        this.roles = new ArrayList<>(roles);
    }

    /** Usernames are compared without case and surrounding spaces. */
    public static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in (shown to administrators; the delays are per client, see SignInThrottle). */
    void countFailure() {
        failedAttempts++;
    }

    /** Counts a failed sign-in; the last one allowed locks the account for the given time. True when it locked. */
    boolean failedSignIn(OffsetDateTime now, int allowed, Duration lockout) {
        failedAttempts++;
        if (failedAttempts >= allowed) {
            failedAttempts = 0;
            lockedUntil = now.plus(lockout);
            return true;
        }
        return false;
    }

    void signedIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** An administrator gives a new password: the failed attempts so far no longer count. */
    void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.failedAttempts = 0;
    }

    void replaceRoles(List<RoleGrant> grants) {
        roles.clear();
        roles.addAll(grants);
    }

    void deactivate() {
        active = false;
    }

    void reactivate() {
        active = true;
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void chooseLanguage(Language language) {
        this.preferredLanguage = language;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    /** The interface language the user chose last; {@code null} until they choose one (then: the browser's). */
    public Language preferredLanguage() {
        return preferredLanguage;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public OffsetDateTime lockedUntil() {
        return lockedUntil;
    }

    public boolean isActive() {
        return active;
    }

    public List<RoleGrant> roles() {
        return List.copyOf(roles);
    }

    /** The optimistic-locking version (the API's ETag). */
    public long version() {
        return version;
    }
}
