package be.pfe.operations.web.occupancy;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.reporting.occupancy.OccupancyDimension;
import be.pfe.operations.reporting.occupancy.OccupancyFigure;
import be.pfe.operations.reporting.occupancy.OccupancyQuery;
import be.pfe.operations.reporting.occupancy.OccupancyReport;
import be.pfe.operations.reporting.occupancy.OccupiedSeat;
import be.pfe.operations.web.i18n.Messages;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The occupancy dashboard: figures of a year (or month) as charts and as a table, filtered and grouped as chosen;
 * a figure of the table opens the list of enrolments behind it (names, numbers masked).
 */
@Named
@ViewScoped
public class OccupancyDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "occupancyForm";

    @Inject
    OccupancyFigures occupancy;
    @Inject
    PartnerOrganisations partnerOrganisations;
    @Inject
    UserPreferences preferences;

    private int year = Year.now(Clocks.system()).getValue();
    private Integer month;
    private String centre;
    private String course;
    private String partner;
    private String quotaPartner;
    private TargetGroup targetGroup;
    private OccupancyDimension by = OccupancyDimension.CENTRE;

    private List<String> partners;
    private OccupancyReport report;
    private String seatsChart;
    private String ratesChart;
    private OccupancyFigure drilled;
    private List<OccupiedSeat> occupants = List.of();

    @PostConstruct
    void init() {
        centre = preferences.getCentreCode();
        partners = partnerOrganisations.all().stream().map(PartnerOrganisation::code).sorted().toList();
    }

    /** On opening: the figures of the filters in the link ({@code occupancy.xhtml?year=2043&by=MONTH}), if any. */
    public void load() {
        if (report == null) {
            show();
        }
    }

    private OccupancyQuery query() {
        return new OccupancyQuery(Year.of(year), month, centre, course, partner, quotaPartner, targetGroup, by);
    }

    /** Computes the figures for the filters chosen; the drill-down closes. */
    public void show() {
        drilled = null;
        occupants = List.of();
        try {
            OccupancyQuery query = query();
            report = occupancy.report(query);
            Locale locale = preferences.getLocale();
            seatsChart = OccupancyCharts.seats(report.figures(), this::label,
                    text("page.occupancy.chart.seats", text("OccupancyDimension." + by.name())),
                    text("page.occupancy.seatsOccupied"), text("page.occupancy.seatsOffered"));
            List<OccupancyFigure> months = by == OccupancyDimension.MONTH ? report.figures()
                    : occupancy.report(query.by(OccupancyDimension.MONTH)).figures();
            ratesChart = OccupancyCharts.rates(months, figure -> monthLabel(figure.key(), locale),
                    text("page.occupancy.chart.rates"), text("page.occupancy.occupancyRate"),
                    text("page.occupancy.attendanceRate"));
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    /** The enrolments behind one figure of the table, with the filters it was computed with. */
    public void drill(OccupancyFigure figure) {
        try {
            occupants = occupancy.enrolmentsBehind(report.query(), figure == report.total() ? null : figure.key());
            drilled = figure;
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    /** Whether the learners behind this figure may be listed (else the figure is shown without a link). */
    public boolean mayDrill(OccupancyFigure figure) {
        return report != null && occupancy.mayListBehind(report.query(), figure == report.total() ? null : figure.key());
    }

    public void drillTotal() {
        drill(report.total());
    }

    /** A group as people read it: a centre's name, a month's name, a target group or the pool in their language. */
    public String label(OccupancyFigure figure) {
        if (figure == report.total()) {
            return text("page.occupancy.total");
        }
        return switch (by) {
            case TARGET_GROUP -> text("TargetGroup." + figure.key());
            case MONTH -> monthLabel(figure.key(), preferences.getLocale());
            case QUOTA_PARTNER -> OccupancyQuery.POOL.equals(figure.key()) ? text("SeatKind.POOL") : figure.label();
            default -> figure.label() == null || figure.label().isBlank() ? figure.key() : figure.label();
        };
    }

    private static String monthLabel(String key, Locale locale) {
        YearMonth month = YearMonth.parse(key, DateTimeFormatter.ofPattern("yyyy-MM"));
        return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale)); // as in the yearly report
    }

    public String percent(Double rate) {
        return rate == null ? "–" : Messages.text(preferences.getLocale(), "page.occupancy.percent", rate);
    }

    /** Hours as the table writes them: up to two decimals, in the reader's way. */
    public String hours(Double hours) {
        return hours == null ? "–" : Messages.text(preferences.getLocale(), "page.occupancy.hours", hours);
    }

    /** A partner by its name (the seat column of the drill-down), the pool in the reader's language. */
    public String partnerName(String code) {
        if (code == null || OccupancyQuery.POOL.equals(code)) {
            return text("SeatKind.POOL");
        }
        return partnerOrganisations.all().stream().filter(p -> p.code().equals(code)).map(PartnerOrganisation::name)
                .findFirst().orElse(code);
    }

    public String targetGroupNames(String stored) {
        return String.join(", ", TargetGroup.read(stored).stream()
                .map(group -> text("TargetGroup." + group.name())).toList());
    }

    private String text(String key, Object... arguments) {
        return Messages.text(preferences.getLocale(), key, arguments);
    }

    public List<Integer> getMonths() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    public String monthName(int number) {
        return java.time.Month.of(number).getDisplayName(TextStyle.FULL_STANDALONE, preferences.getLocale());
    }

    public List<OccupancyDimension> getDimensions() {
        return List.of(OccupancyDimension.values());
    }

    public List<TargetGroup> getTargetGroups() {
        return List.of(TargetGroup.values());
    }

    public List<String> getPartners() {
        return partners;
    }

    public OccupancyReport getReport() {
        return report;
    }

    public String getSeatsChart() {
        return seatsChart;
    }

    public String getRatesChart() {
        return ratesChart;
    }

    public OccupancyFigure getDrilled() {
        return drilled;
    }

    public List<OccupiedSeat> getOccupants() {
        return occupants;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        this.centre = centre;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getQuotaPartner() {
        return quotaPartner;
    }

    public void setQuotaPartner(String quotaPartner) {
        this.quotaPartner = quotaPartner;
    }

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(TargetGroup targetGroup) {
        this.targetGroup = targetGroup;
    }

    public OccupancyDimension getBy() {
        return by;
    }

    public void setBy(OccupancyDimension by) {
        this.by = by;
    }
}
