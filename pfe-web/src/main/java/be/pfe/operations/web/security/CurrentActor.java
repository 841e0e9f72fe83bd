package be.pfe.operations.web.security;

import be.pfe.operations.domain.access.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/**
 * The actor services inject: who the current request comes from (pages or API alike), with their roles as stored,
 * read once per request. Nobody signed in gives an actor that may do nothing.
 */
@ApplicationScoped
public class CurrentActor {

    @Inject
    SecurityContext security;
    @Inject
    AccountService accounts;

    @Produces
    @RequestScoped
    Actor current() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? Actor.anonymous() : accounts.actor(caller.getName());
    }
}
