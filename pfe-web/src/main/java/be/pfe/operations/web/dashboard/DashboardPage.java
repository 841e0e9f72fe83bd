package be.pfe.operations.web.dashboard;

import java.time.Clock;
import be.pfe.operations.reporting.seats.SeatsOfferedReport;
import be.pfe.operations.web.report.SeatFigures;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Year;

/** The home page: seats offered per centre this year. */
@Named
@RequestScoped
public class DashboardPage {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    @Inject
    SeatFigures figures;

    private SeatsOfferedReport report;

    @PostConstruct
    void init() {
        report = figures.seatsOffered(Year.now(clock));
    }

    public SeatsOfferedReport getReport() {
        return report;
    }
}
