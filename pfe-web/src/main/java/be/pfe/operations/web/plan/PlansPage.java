package be.pfe.operations.web.plan;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.plan.PlanStatus;
import be.pfe.operations.domain.plan.PlanSummary;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.plan.PlanContent;
import be.pfe.operations.web.centre.CentreDto;
import be.pfe.operations.web.ui.CentreChoices;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;

/**
 * The plans page: the latest version of each plan the user may read (of the centre chosen in the switcher, if any),
 * by year and centre with its status; and for staff, a new plan for a centre and year, empty or started from the
 * previous year's plan.
 */
@Named
@ViewScoped
public class PlansPage implements Serializable {

    @Inject
    PlanDesk planning;
    @Inject
    CentreChoices centreChoices;
    @Inject
    UserPreferences preferences;

    private List<PlanSummary> plans;
    private String centre;
    private Integer year = Year.now(Clocks.system()).getValue();

    @PostConstruct
    void load() {
        plans = planning.list(preferences.getCentreCode(), null);
        centre = getEditableCentres().stream().map(CentreDto::code).findFirst().orElse(null);
    }

    public String create() {
        return created(() -> planning.create(centre, year == null ? 0 : year, PlanContent.EMPTY));
    }

    public String startFromPreviousYear() {
        return created(() -> planning.startFromPreviousYear(centre, year == null ? 0 : year));
    }

    private String created(java.util.function.Supplier<PlanDto> work) {
        try {
            PlanDto plan = work.get();
            FacesMessages.info("page.plans.created", plan.centreName(), String.valueOf(plan.year()));
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/plan?faces-redirect=true&id=" + plan.id();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, "newPlanForm");
            return null;
        }
    }

    /** The centres whose plans the user drafts. */
    public List<CentreDto> getEditableCentres() {
        return centreChoices.getCentres().stream().filter(c -> planning.mayEdit(c.code())).toList();
    }

    public String statusSeverity(PlanStatus status) {
        return PlanTexts.severity(status);
    }

    public String when(OffsetDateTime time) {
        return PlanTexts.when(time, preferences.getLocale());
    }

    public List<PlanSummary> getPlans() {
        return plans;
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        this.centre = centre;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
