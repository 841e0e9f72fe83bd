package be.pfe.operations.web.it;

import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.Role;
import be.pfe.operations.domain.access.RoleGrant;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import java.util.List;

/**
 * For tests that call the services inside the container (Arquillian): they run as an administrator, since no one
 * signs in to Arquillian's own requests. Add it to the test deployment: {@code war.addClass(AdministratorActor.class)}.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class AdministratorActor {

    @Produces
    @RequestScoped
    Actor administrator() {
        return new Actor("it.admin", "Administrator (tests)", List.of(RoleGrant.of(Role.ADMINISTRATOR)));
    }
}
