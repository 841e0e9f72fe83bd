package be.pfe.operations.domain.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** Produces the application's {@link Clock}: the system clock in Brussels ({@link Clocks#system()}). */
@ApplicationScoped
public class ClockProducer {

    private final Clock clock = Clocks.system();

    @Produces
    public Clock clock() {
        return clock;
    }
}
