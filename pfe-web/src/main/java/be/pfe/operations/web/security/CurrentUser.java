package be.pfe.operations.web.security;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** The signed-in user as the pages show them: name, what they may do, and the token for the API. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    Actor actor;
    @Inject
    HttpServletRequest request;

    public boolean isSignedIn() {
        return actor.isSignedIn();
    }

    public String getDisplayName() {
        return actor.displayName();
    }

    /** Whether the user may do this somewhere, e.g. {@code #{currentUser.may('PLANNING')}}. */
    public boolean may(String access) {
        return !actor.scope(Access.valueOf(access)).none();
    }

    /** For scripts of the pages that call the API with the session: send it as {@value SessionUser#CSRF_HEADER}. */
    public String getCsrfToken() {
        HttpSession session = request.getSession(false);
        SessionUser user = session == null ? null : (SessionUser) session.getAttribute(SessionUser.ATTRIBUTE);
        return user == null ? "" : user.csrfToken();
    }
}
