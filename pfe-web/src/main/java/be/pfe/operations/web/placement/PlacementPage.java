package be.pfe.operations.web.placement;

import be.pfe.operations.domain.placement.PlacementOutcome;
import be.pfe.operations.domain.placement.PlacementStatus;
import be.pfe.operations.domain.placement.PlacementType;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.web.company.CompanyDirectory;
import be.pfe.operations.web.i18n.Messages;
import be.pfe.operations.web.company.CompanyDto;
import be.pfe.operations.web.ui.CentreChoices;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The placement page: {@code placement.xhtml?learner=42} records a new placement (the company found by its
 * enterprise number), {@code placement.xhtml?id=7} shows one with its lifecycle buttons, visits and outcome.
 */
@Named
@ViewScoped
public class PlacementPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "placementForm";

    @Inject
    Placing placing;
    @Inject
    CompanyDirectory companies;
    @Inject
    UserPreferences preferences;
    @Inject
    CentreChoices centreChoices;

    private Long id;
    private Long learner;
    private PlacementDto placement;
    private String learnerName;

    private String enterpriseNumber;
    private CompanyDto company;
    private String centre;
    private PlacementType type = PlacementType.INDIVIDUAL_VOCATIONAL;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer hours;
    private String workplaceTutor;
    private String centreCoach;

    private LocalDate date;
    private String reason;
    private PlacementOutcome outcome;
    private String visitedBy;
    private String notes;
    private LocalDate followUpDate;
    private PlacementOutcome followUpOutcome;

    public void load() {
        try {
            if (id != null) {
                placement = placing.get(id);
                learner = placement.learner();
                outcome = placement.outcome();
            } else if (learner == null) {
                FacesMessages.info("page.placement.noLearner");
            } else {
                placing.requireRecordingFor(learner);
                centre = centreChoices.startingCentre(preferences.getCentreCode());
            }
            learnerName = learner == null ? null : placing.learnerName(learner);
        } catch (BusinessRuleException refusal) {
            placement = null;
            FacesMessages.refused(refusal, FORM);
        }
    }

    /** The learner's name (never their national register number), or {@code null} when not for this user. */
    public String getLearnerName() {
        return learnerName;
    }

    /** Finds the company registered under the number typed; a wrong or unknown number is explained beside it. */
    public void findCompany() {
        company = null;
        try {
            company = companies.byNumber(enterpriseNumber);
            enterpriseNumber = company.enterpriseNumber();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    public void record() {
        try {
            PlacementDto recorded = placing.record(new PlacementInput(learner, null, enterpriseNumber, centre, null,
                    type, startDate, endDate, hours, workplaceTutor, centreCoach));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesMessages.info("page.placement.recorded", recorded.companyName());
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect("placement.xhtml?id=" + recorded.id());
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void step(PlacementInput.Step.Kind kind) {
        try {
            placement = placing.step(id, new PlacementInput.Step(kind, date, reason, outcome));
            FacesMessages.info("page.placement.moved", Messages.text(preferences.getLocale(), "PlacementStatus." + placement.status()));
            reason = null;
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    public void addVisit() {
        try {
            placement = placing.addVisit(id, new PlacementInput.Visit(date, visitedBy, notes));
            FacesMessages.info("page.placement.visitRecorded");
            visitedBy = null;
            notes = null;
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    public void recordOutcome() {
        try {
            placement = placing.recordOutcome(id, new PlacementInput.Outcome(outcome, followUpDate, followUpOutcome));
            FacesMessages.info("page.placement.outcomeRecorded");
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    public boolean may(String status) {
        return placement != null && placing.mayChange(placement)
                && placement.status().next().contains(PlacementStatus.valueOf(status));
    }

    public boolean isFinished() {
        return placement != null && placement.status().isFinished();
    }

    public boolean isMayChange() {
        return placement != null && placing.mayChange(placement);
    }

    public List<PlacementType> getTypes() {
        return List.of(PlacementType.values());
    }

    public List<PlacementOutcome> getOutcomes() {
        return List.of(PlacementOutcome.values());
    }

    public PlacementDto getPlacement() {
        return placement;
    }

    public CompanyDto getCompany() {
        return company;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getLearner() {
        return learner;
    }

    public void setLearner(Long learner) {
        this.learner = learner;
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public void setEnterpriseNumber(String enterpriseNumber) {
        this.enterpriseNumber = enterpriseNumber;
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        this.centre = centre;
    }

    public PlacementType getType() {
        return type;
    }

    public void setType(PlacementType type) {
        this.type = type;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public String getWorkplaceTutor() {
        return workplaceTutor;
    }

    public void setWorkplaceTutor(String workplaceTutor) {
        this.workplaceTutor = workplaceTutor;
    }

    public String getCentreCoach() {
        return centreCoach;
    }

    public void setCentreCoach(String centreCoach) {
        this.centreCoach = centreCoach;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public PlacementOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(PlacementOutcome outcome) {
        this.outcome = outcome;
    }

    public String getVisitedBy() {
        return visitedBy;
    }

    public void setVisitedBy(String visitedBy) {
        this.visitedBy = visitedBy;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public void setFollowUpDate(LocalDate followUpDate) {
        this.followUpDate = followUpDate;
    }

    public PlacementOutcome getFollowUpOutcome() {
        return followUpOutcome;
    }

    public void setFollowUpOutcome(PlacementOutcome followUpOutcome) {
        this.followUpOutcome = followUpOutcome;
    }
}
