package be.pfe.operations.web.security;

import be.pfe.operations.domain.access.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/**
 * The actor services inject: who the current request comes from (pages or API alike), with their roles as stored,
 * read once per request (by the authentication itself when it had to read the account: {@link #keep}). Nobody signed
 * in gives an actor that may do nothing.
 */
@ApplicationScoped
public class CurrentActor {

    @Inject
    SecurityContext security;
    @Inject
    AccountService accounts;
    @Inject
    HttpServletRequest request;

    private static final String ATTRIBUTE = CurrentActor.class.getName();

    /** The account as the authentication of this request read it: the request's actor, not read a second time. */
    static void keep(HttpServletRequest request, Actor actor) {
        request.setAttribute(ATTRIBUTE, actor);
    }

    @Produces
    @RequestScoped
    Actor current() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return Actor.anonymous();
        }
        Object kept = request.getAttribute(ATTRIBUTE);
        if (kept instanceof Actor actor && actor.username().equals(caller.getName())) {
            return actor;
        }
        return accounts.actor(caller.getName());
    }
}
