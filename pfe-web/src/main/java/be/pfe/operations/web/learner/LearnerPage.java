package be.pfe.operations.web.learner;

import java.time.Clock;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.LearnerDirectory;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.domain.session.SessionListItem;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.scheduling.seats.Booking;
import be.pfe.operations.scheduling.seats.OpenSessions;
import be.pfe.operations.web.enrolment.Enrolling;
import be.pfe.operations.scheduling.pathway.LearnerPathway;
import be.pfe.operations.scheduling.pathway.LearnerPathways;
import be.pfe.operations.scheduling.pathway.PathwayEntry;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One learner ({@code learner.xhtml?id=42}): their details (the national register number masked), their correction
 * from the version read, their enrolments, placements and validations (from the pathway, which is one link away),
 * and their enrolment in a session of the user's centres open for enrolment.
 */
@Named
@ViewScoped
public class LearnerPage implements Serializable {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;
    static final String FORM = "learnerForm";

    @Inject
    LearnerDirectory directory;
    @Inject
    LearnerPathways pathways;
    @Inject
    Enrolling enrolling;
    @Inject
    OpenSessions openSessions;
    @Inject
    PartnerOrganisations partnerOrganisations;
    @Inject
    Actor actor;
    @Inject
    UserPreferences preferences;

    private Long id;
    private LearnerDto learner;
    private LearnerPathway pathway;
    private List<SessionListItem> sessions = List.of();
    private List<String> partners = List.of();
    private boolean editing;

    private LearnerForm form = LearnerForm.blank();
    private long version;

    private Long session;
    private String partner;

    /** Deep link: {@code learner.xhtml?id=42}. */
    public void load() {
        if (id == null) {
            FacesMessages.info("page.learner.noLearner");
            return;
        }
        try {
            read();
            if (mayPlan()) {
                sessions = openSessions.forEnrolment(LocalDate.now(clock));
                partners = partnerOrganisations.all().stream().map(PartnerOrganisation::code).sorted().toList();
            }
        } catch (BusinessRuleException refusal) {
            learner = null;
            FacesMessages.refused(refusal, FORM);
        }
    }

    private void read() {
        learner = LearnerDto.of(directory.learner(id), LocalDate.now(clock));
        pathway = pathways.of(id, preferences.getLanguage());
    }

    public void edit() {
        form = LearnerForm.of(learner);
        version = learner.version();
        editing = true;
    }

    public void cancelEdit() {
        editing = false;
        form.forgetNiss();
    }

    public void save() {
        try {
            directory.change(id, version, form.details(learner.language()));
            FacesMessages.info("page.learner.saved");
            editing = false;
            form.forgetNiss();
            read();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        } catch (RuntimeException failure) {
            if (!be.pfe.operations.web.ui.ChangedMeanwhile.is(failure)) {
                throw failure;
            }
            FacesMessages.error("page.learner.changedMeanwhile");
            editing = false;
            form.forgetNiss();
            read();
        }
    }

    /** Enrols the learner in the chosen session (applied, screened, a seat or the waitlist); the form is reset. */
    public void enrol() {
        if (session == null) {
            FacesMessages.refused(new BusinessRuleException("enrolment.session.required", "session"), FORM);
            return;
        }
        try {
            Booking booking = enrolling.enrolExistingLearner(id, session, partner);
            if (booking.waitlistPosition() == null) {
                FacesMessages.info("page.sessionEnrolments.admitted", learner.familyName(), learner.givenName());
            } else {
                FacesMessages.info("page.sessionEnrolments.waitlisted", learner.familyName(), learner.givenName(),
                        booking.waitlistPosition());
            }
            session = null;
            partner = null;
            read();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    /** Whether the user may correct the learner and enrol them (the forms show then). */
    public boolean mayPlan() {
        return learner != null && !actor.scope(Access.PLANNING).none();
    }

    public String sessionLabel(SessionListItem item) {
        java.time.format.DateTimeFormatter date = be.pfe.operations.web.i18n.Dates.formatter(preferences.getLocale());
        return item.centreCode() + " · " + item.courseCode() + " " + item.title(preferences.getLanguage()) + " · "
                + date.format(item.startDate()) + " – " + date.format(item.endDate());
    }

    public List<PathwayEntry> entries(String kind) {
        if (pathway == null) {
            return List.of();
        }
        Set<PathwayEntry.Kind> kinds = kind.equals("VALIDATION")
                ? Set.of(PathwayEntry.Kind.VALIDATION, PathwayEntry.Kind.CERTIFICATE)
                : Set.of(PathwayEntry.Kind.valueOf(kind));
        return pathway.timeline().stream().filter(entry -> kinds.contains(entry.kind())).toList();
    }

    public List<EntryStatus> getEntryStatuses() {
        return List.of(EntryStatus.values());
    }

    public List<EducationLevel> getEducationLevels() {
        return List.of(EducationLevel.values());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public List<SessionListItem> getSessions() {
        return sessions;
    }

    public List<String> getPartners() {
        return partners;
    }







    public LearnerDto getLearner() {
        return learner;
    }

    public boolean isEditing() {
        return editing;
    }

    public LearnerForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }



















    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }
}
