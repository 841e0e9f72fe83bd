package be.pfe.operations.web.pathway;

import be.pfe.operations.scheduling.pathway.LearnerPathway;
import be.pfe.operations.scheduling.pathway.LearnerPathways;
import be.pfe.operations.scheduling.pathway.PathwayEntry;
import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.screening.Recommendation;
import be.pfe.operations.domain.screening.ScreeningDetails;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.web.screening.ScreeningDesk;
import be.pfe.operations.web.ui.CentreChoices;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The learner's pathway page ({@code learner-pathway.xhtml?learner=42}): the timeline, a link to record a
 * placement, and the screening form (shown to those who plan).
 */
@Named
@ViewScoped
public class PathwayPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "pathwayForm";

    @Inject
    LearnerPathways pathways;
    @Inject
    ScreeningDesk screenings;
    @Inject
    Actor actor;
    @Inject
    UserPreferences preferences;
    @Inject
    CentreChoices centreChoices;

    private Long learner;
    private LearnerPathway pathway;

    private String centre;
    private Long enrolment;
    private String occupation;
    private LocalDate screenedOn = LocalDate.now(Clocks.system());
    private String assessor;
    private String testsTaken;
    private String result;
    private Recommendation recommendation = Recommendation.ADMIT;

    public void load() {
        if (learner == null) {
            FacesMessages.info("page.pathway.noLearner");
            return;
        }
        try {
            pathway = pathways.of(learner, preferences.getLanguage());
            centre = centreChoices.startingCentre(preferences.getCentreCode());
        } catch (BusinessRuleException refusal) {
            pathway = null;
            FacesMessages.refused(refusal, FORM);
        }
    }

    public void recordScreening() {
        try {
            screenings.record(new ScreeningDetails(learner, centre, null, occupation, enrolment, screenedOn, assessor,
                    testsTaken, result, recommendation));
            FacesMessages.info("page.pathway.screening.recorded");
            enrolment = null;
            occupation = null;
            assessor = null;
            testsTaken = null;
            result = null;
            pathway = pathways.of(learner, preferences.getLanguage());
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    /** Whether the user may record screenings and placements (the forms and links show then). */
    public boolean mayRecord() {
        return pathway != null && !actor.scope(Access.PLANNING).none();
    }

    /** The learner as the page names them: their name, or their number when personal data is not for this user. */
    public String learnerName() {
        return pathway == null || pathway.pseudonymous() ? "#" + learner
                : pathway.familyName() + " " + pathway.givenName();
    }

    /** The learner's enrolments that still await a screening, for the screening form. */
    public List<PathwayEntry> getEnrolmentsToScreen() {
        return pathway == null ? List.of() : pathway.timeline().stream()
                .filter(entry -> entry.kind() == PathwayEntry.Kind.ENROLMENT
                        && ("APPLIED".equals(entry.status()) || "REFERRED".equals(entry.status())))
                .toList();
    }

    public List<Recommendation> getRecommendations() {
        return List.of(Recommendation.values());
    }

    public LearnerPathway getPathway() {
        return pathway;
    }

    public Long getLearner() {
        return learner;
    }

    public void setLearner(Long learner) {
        this.learner = learner;
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        this.centre = centre;
    }

    public Long getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(Long enrolment) {
        this.enrolment = enrolment;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public LocalDate getScreenedOn() {
        return screenedOn;
    }

    public void setScreenedOn(LocalDate screenedOn) {
        this.screenedOn = screenedOn;
    }

    public String getAssessor() {
        return assessor;
    }

    public void setAssessor(String assessor) {
        this.assessor = assessor;
    }

    public String getTestsTaken() {
        return testsTaken;
    }

    public void setTestsTaken(String testsTaken) {
        this.testsTaken = testsTaken;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Recommendation recommendation) {
        this.recommendation = recommendation;
    }
}
