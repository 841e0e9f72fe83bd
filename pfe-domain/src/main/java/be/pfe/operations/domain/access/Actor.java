package be.pfe.operations.domain.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is asking, with their roles: the one thing services ask "may this be done, for this centre?". Services
 * receive the current actor by injection (request-scoped in the web application) and call {@link #require}
 * before they read or write; a refusal is an {@link AccessDeniedException}.
 * <p>
 * Not a record and not final, so that a container can hand out a request-scoped proxy of it.
 */
public class Actor {

    private String username;
    private String displayName;
    private List<RoleGrant> grants;

    protected Actor() {
        // for CDI's proxies
    }

    public Actor(String username, String displayName, List<RoleGrant> grants) {
        this.username = username;
        this.displayName = displayName;
        this.grants = List.copyOf(grants);
    }

    /** Nobody signed in: may do nothing. */
    public static Actor anonymous() {
        return new Actor(null, null, List.of());
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public List<RoleGrant> grants() {
        return grants;
    }

    public boolean isSignedIn() {
        return username != null;
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    /** Whether the actor may do this for this centre ({@code null}: for every centre at once). */
    public boolean may(Access access, String centreCode) {
        CentreScope scope = scope(access);
        return centreCode == null ? scope.all() : scope.includes(centreCode);
    }

    /** Refuses unless the actor may do this for this centre ({@code null}: for every centre at once). */
    public void require(Access access, String centreCode) {
        if (!may(access, centreCode)) {
            throw new AccessDeniedException(access, centreCode);
        }
    }

    /** Refuses unless the actor may do this for at least one centre. */
    public void requireAny(Access access) {
        if (scope(access).none()) {
            throw new AccessDeniedException(access, null);
        }
    }

    /** The centres where the actor has this access. */
    public CentreScope scope(Access access) {
        Set<String> centres = new TreeSet<>();
        for (RoleGrant grant : grants) {
            Role.Reach reach = grant.role().reach(access);
            if (reach == Role.Reach.ALL_CENTRES) {
                return CentreScope.ALL;
            }
            if (reach == Role.Reach.OWN_CENTRES && grant.centreCode() != null) {
                centres.add(grant.centreCode());
            }
        }
        return new CentreScope(false, Set.copyOf(centres));
    }

    /**
     * The partner organisations the actor manages (as a partner manager). A partner sees only figures, except the
     * learners it referred itself: the enrolments and learners that name it (checked with the records).
     */
    public Set<String> managedPartners() {
        Set<String> partners = new TreeSet<>();
        grants.stream().filter(grant -> grant.role().scopedByPartner() && grant.partnerCode() != null)
                .forEach(grant -> partners.add(grant.partnerCode()));
        return Set.copyOf(partners);
    }

    /** The centre the actor naturally works on (their only one), if there is one. */
    public Optional<String> homeCentre() {
        Set<String> centres = new TreeSet<>();
        grants.stream().filter(grant -> grant.centreCode() != null).forEach(grant -> centres.add(grant.centreCode()));
        return centres.size() == 1 ? Optional.of(centres.iterator().next()) : Optional.empty();
    }

    @Override
    public String toString() {
        return isSignedIn() ? username + " " + grants : "anonymous";
    }

    /** Where an access applies: every centre, or these centres (possibly none). */
    public record CentreScope(boolean all, Set<String> centres) {

        public static final CentreScope ALL = new CentreScope(true, Set.of());

        public boolean includes(String centreCode) {
            return all || centres.contains(centreCode);
        }

        public boolean none() {
            return !all && centres.isEmpty();
        }

        /** The one centre of a scope of exactly one. */
        public Optional<String> single() {
            return !all && centres.size() == 1 ? Optional.of(centres.iterator().next()) : Optional.empty();
        }
    }
}
