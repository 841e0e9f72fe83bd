package be.pfe.operations.domain.time;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The application's time: every "today" and "now" is read from a {@link Clock} in Brussels, the centres' time zone.
 * CDI beans inject the clock ({@link ClockProducer}); plain objects get it passed in; tests pass a fixed one.
 * Main code never calls a {@code now()} without a clock ({@code NoClocklessNowTest} checks the sources).
 */
public final class Clocks {

    /** The centres' time zone: every time in the application is Brussels local time. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private Clocks() {
    }

    /**
     * The system clock in Brussels: what {@link ClockProducer} hands out, and what the few places no container
     * reaches (an entity stamping its creation, a plain constructor's default) read.
     */
    public static Clock system() {
        return Clock.system(BRUSSELS);
    }
}
