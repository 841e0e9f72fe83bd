package be.pfe.operations.web.enrolment;

import java.time.Clock;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.learner.LearnerDirectory;
import be.pfe.operations.domain.learner.LearnerListItem;
import be.pfe.operations.domain.learner.LearnerQuery;
import be.pfe.operations.scheduling.seats.OpenSessions;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.PrimeFaces;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.web.learner.LearnerForm;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.domain.session.SessionListItem;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.scheduling.seats.Booking;
import be.pfe.operations.scheduling.seats.EnrolmentRow;
import be.pfe.operations.scheduling.seats.SeatOverview;
import be.pfe.operations.scheduling.seats.WaitlistPlace;
import be.pfe.operations.web.i18n.Messages;
import be.pfe.operations.web.session.Sessions;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The enrolments of one session at the desk: enrol a new learner or one already registered (a seat from their
 * partner's quota, then the pool, else the waitlist), see the seats by quota and the waitlist in its order, and take
 * every step the workflow allows for each enrolment (refer, screen, admit, enrol, complete, drop out, refuse, remove
 * from the waitlist, transfer), one row or a selection at a time. A step that needs a reason, a partner, a session
 * or a date asks for it in a dialog. A selection is handled learner by learner, each in its own transaction: those
 * the step does not suit are named, the others go ahead. Refusals are shown once: beside the field concerned, or at
 * the top of the page.
 */
@Named
@ViewScoped
public class SessionEnrolmentsPage implements Serializable {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;
    static final String FORM = "enrolmentsForm";

    @Inject
    Enrolling enrolling;
    @Inject
    Sessions sessions;
    @Inject
    PartnerOrganisations partnerOrganisations;
    @Inject
    UserPreferences preferences;
    @Inject
    LearnerDirectory directory;
    @Inject
    OpenSessions openSessions;
    @Inject
    Actor actor;

    private Long session;
    private SessionListItem sessionItem;
    private SeatOverview seats;
    private List<EnrolmentRow> enrolments = List.of();
    private List<WaitlistPlace> waitlist = List.of();
    private List<String> partners;

    /** The new learner's postal address (optional: street, postal code and town, all three or none). */
    private LearnerForm newLearner = LearnerForm.blank();
    private String partner;

    private boolean mayPlan;
    private List<SessionListItem> otherSessions = List.of();
    private List<EnrolmentRow> selected = new ArrayList<>();

    /** The step the dialog asks details for, and the enrolments it is for (one row, or the selection). */
    private StepInput.Kind pending;
    private List<EnrolmentRow> pendingRows = List.of();
    private String stepReason;
    private String stepPartner;
    private Long stepSession;
    private LocalDate stepDate;

    private String findText;
    private List<LearnerListItem> found = List.of();
    private String existingPartner;

    /** Deep link: {@code session-enrolments.xhtml?session=42}. */
    public void load() {
        if (session == null) {
            FacesMessages.info("page.sessionEnrolments.noSession");
            return;
        }
        try {
            sessionItem = sessions.byId(session);
            partners = partnerOrganisations.all().stream().map(PartnerOrganisation::code).sorted().toList();
            mayPlan = actor.may(Access.PLANNING, sessionItem.centreCode());
            if (mayPlan) {
                otherSessions = openSessions.forEnrolment(today()).stream()
                        .filter(item -> item.id() != session).toList();
            }
            refresh();
        } catch (BusinessRuleException refusal) {
            sessionItem = null;
            FacesMessages.refused(refusal, FORM);
        }
    }

    private void refresh() {
        seats = enrolling.seats(session);
        enrolments = enrolling.ofSession(session);
        waitlist = enrolling.waitlist(session);
        selected = new ArrayList<>();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public void enrol() {
        try {
            Booking booking = enrolling.enrolNewLearner(session, newLearner.details(preferences.getLanguage()),
                    partner);
            if (booking.waitlistPosition() == null) {
                FacesMessages.info("page.sessionEnrolments.admitted", newLearner.getFamilyName(),
                        newLearner.getGivenName());
            } else {
                FacesMessages.info("page.sessionEnrolments.waitlisted", newLearner.getFamilyName(),
                        newLearner.getGivenName(),
                        booking.waitlistPosition());
            }
            resetNewLearner();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
        refresh();
    }

    /** Every field of the new learner's form back to its starting value, the partner included. */
    private void resetNewLearner() {
        newLearner = LearnerForm.blank();
        partner = null;
    }

    /** Finds registered learners (among those the user may read) to enrol in this session. */
    public void find() {
        try {
            found = directory.search(new LearnerQuery(findText, null, null, 0, 10)).learners();
            if (found.isEmpty()) {
                FacesMessages.info("page.sessionEnrolments.find.none");
            }
        } catch (BusinessRuleException refusal) {
            found = List.of();
            FacesMessages.refused(refusal, FORM);
        }
    }

    /** Enrols a learner found (applied, screened, a seat or the waitlist); the finder is reset. */
    public void enrolExisting(LearnerListItem learner) {
        try {
            Booking booking = enrolling.enrolExistingLearner(learner.id(), session, existingPartner);
            if (booking.waitlistPosition() == null) {
                FacesMessages.info("page.sessionEnrolments.admitted", learner.familyName(), learner.givenName());
            } else {
                FacesMessages.info("page.sessionEnrolments.waitlisted", learner.familyName(), learner.givenName(),
                        booking.waitlistPosition());
            }
            findText = null;
            found = List.of();
            existingPartner = null;
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
        refresh();
    }

    /** The steps the workflow allows now for this enrolment (none for those who may not plan here). */
    public List<StepInput.Kind> steps(EnrolmentRow row) {
        if (!mayPlan) {
            return List.of();
        }
        return java.util.Arrays.stream(StepInput.Kind.values())
                .filter(kind -> kind.allowedFrom(row.status()))
                .filter(kind -> kind != StepInput.Kind.TRANSFER || !otherSessions.isEmpty())
                .toList();
    }

    /** A step chosen on a row: taken at once, or its dialog opened when it needs details. */
    public void press(EnrolmentRow row, StepInput.Kind kind) {
        if (kind.asksForDetails()) {
            open(kind, List.of(row));
        } else {
            take(kind, List.of(row), null, null, null, null);
        }
    }

    /** A step chosen for the selection: taken at once, or its dialog opened when it needs details. */
    public void pressSelected(StepInput.Kind kind) {
        if (selected == null || selected.isEmpty()) {
            FacesMessages.error("page.sessionEnrolments.bulk.noneSelected");
            return;
        }
        if (kind.asksForDetails()) {
            open(kind, List.copyOf(selected));
        } else {
            take(kind, List.copyOf(selected), null, null, null, null);
        }
    }

    /** Removes a waitlisted learner (from the waitlist table): asks for the reason. */
    public void removeFromWaitlist(WaitlistPlace place) {
        enrolments.stream().filter(row -> row.enrolmentId() == place.enrolmentId()).findFirst()
                .ifPresent(row -> open(StepInput.Kind.REMOVE_FROM_WAITLIST, List.of(row)));
    }

    private void open(StepInput.Kind kind, List<EnrolmentRow> rows) {
        pending = kind;
        pendingRows = rows;
        stepReason = null;
        stepPartner = null;
        stepSession = null;
        stepDate = today();
        PrimeFaces.current().ajax().addCallbackParam("openStep", true);
    }

    /** The dialog's step, with the details typed, for its enrolments; the dialog closes unless a field is refused. */
    public void confirm() {
        if (pending == null) {
            return;
        }
        boolean keepOpen = take(pending, pendingRows, stepReason, stepPartner, stepSession, stepDate);
        if (!keepOpen) {
            PrimeFaces.current().ajax().addCallbackParam("closeStep", true);
            pending = null;
            pendingRows = List.of();
            stepReason = null;
            stepPartner = null;
            stepSession = null;
            stepDate = null;
        }
    }

    /**
     * Takes the step for each enrolment, each in its own transaction. Answers whether a refusal concerns a field
     * of the dialog (for one enrolment: the dialog then stays open, the message beside the field).
     */
    private boolean take(StepInput.Kind kind, List<EnrolmentRow> rows, String reason, String partnerCode,
                         Long otherSession, LocalDate date) {
        Locale locale = preferences.getLocale();
        List<String> done = new ArrayList<>();
        boolean keepOpen = false;
        for (EnrolmentRow row : rows) {
            String name = row.familyName() + " " + row.givenName();
            if (!kind.allowedFrom(row.status())) {
                FacesMessages.error("page.sessionEnrolments.step.notNow", name,
                        Messages.text(locale, "EnrolmentStatus." + row.status().name()));
                continue;
            }
            try {
                EnrolmentDto after = enrolling.step(row.enrolmentId(), new StepInput(kind, reason, partnerCode,
                        date, otherSession), locale);
                done.add(name);
                if (rows.size() == 1) {
                    stepDone(kind, row, after);
                }
            } catch (BusinessRuleException refusal) {
                if (rows.size() == 1 && besideDialogField(refusal)) {
                    keepOpen = true;
                } else {
                    FacesMessages.error("page.sessionEnrolments.step.refused", name, Messages.of(refusal, locale));
                }
            }
        }
        if (rows.size() > 1) {
            FacesMessages.info("page.sessionEnrolments.bulk.done",
                    Messages.text(locale, "page.sessionEnrolments.step." + kind.name()), done.size(), rows.size());
        }
        refresh();
        return keepOpen;
    }

    private void stepDone(StepInput.Kind kind, EnrolmentRow row, EnrolmentDto after) {
        if (kind == StepInput.Kind.ADMIT && after.status() == EnrolmentStatus.WAITLISTED) {
            FacesMessages.info("page.sessionEnrolments.waitlisted", row.familyName(), row.givenName(),
                    after.waitlistPosition());
        } else if (kind == StepInput.Kind.DROP_OUT) {
            FacesMessages.info("page.sessionEnrolments.droppedOut", row.familyName(), row.givenName());
        } else {
            FacesMessages.info("page.sessionEnrolments.stepDone", row.familyName(), row.givenName(),
                    Messages.text(preferences.getLocale(), "EnrolmentStatus." + after.status().name()));
        }
    }

    /** A refusal about a detail the dialog asks for goes beside that field (once), the dialog staying open. */
    private boolean besideDialogField(BusinessRuleException refusal) {
        String field = refusal.field();
        String id = field == null ? null : switch (field) {
            case "reason" -> "stepReason";
            case "partner" -> "stepPartner";
            case "session" -> "stepSession";
            case "date" -> "stepDate";
            default -> null;
        };
        if (id == null) {
            return false;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent input = faces.getViewRoot().findComponent(FORM + ":" + id);
        if (input == null || !input.isRendered()) {
            return false;
        }
        String text = Messages.of(refusal, preferences.getLocale());
        faces.addMessage(input.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
        return true;
    }

    /** The dialog's title: the step, and for whom. */
    public String pendingTitle() {
        if (pending == null) {
            return "";
        }
        Locale locale = preferences.getLocale();
        String step = Messages.text(locale, "page.sessionEnrolments.step." + pending.name()).replace("…", "").strip();
        return pendingRows.size() == 1
                ? Messages.text(locale, "page.sessionEnrolments.dialog.one", step,
                        pendingRows.get(0).familyName() + " " + pendingRows.get(0).givenName())
                : Messages.text(locale, "page.sessionEnrolments.dialog.many", step, pendingRows.size());
    }

    public String sessionLabel(SessionListItem item) {
        java.time.format.DateTimeFormatter date = be.pfe.operations.web.i18n.Dates.formatter(preferences.getLocale());
        return item.centreCode() + " · " + item.courseCode() + " " + item.title(preferences.getLanguage()) + " · "
                + date.format(item.startDate()) + " – " + date.format(item.endDate());
    }

    /** Why the application last moved this enrolment by itself, in the user's language; empty when it did not. */
    public String why(EnrolmentRow row) {
        // a finished enrolment's last automatic step (e.g. "waitlisted: no seat free") no longer explains it, except
        // the session's cancellation, which is what finished it
        return row.why() == null
                || row.status().isFinal() && row.status() != be.pfe.operations.domain.enrolment.EnrolmentStatus.SESSION_CANCELLED
                ? ""
                : Enrolling.explain(row.why(), preferences.getLocale());
    }

    /** The seats in one sentence: taken, free, waiting. */
    public String totals() {
        return seats == null ? "" : Messages.text(preferences.getLocale(), "page.sessionEnrolments.totals",
                seats.held(), seats.seatCapacity(), seats.free(), seats.waitlisted());
    }

    /** How the waitlist is served (the rule that orders it, in words), and until when freed seats go to it. */
    public String waitlistRule() {
        if (seats == null) {
            return "";
        }
        Locale locale = preferences.getLocale();
        return Messages.text(locale, "page.sessionEnrolments.waitlistRule",
                Messages.text(locale, "WaitlistPriority." + seats.waitlistPriority().name()),
                seats.lastPromotionDay()) + " "
                + Messages.text(locale, "page.sessionEnrolments.waitlistOrder." + seats.waitlistPriority().name());
    }

    public boolean isMayPlan() {
        return mayPlan;
    }

    public String courseTitle() {
        return sessionItem == null ? "" : sessionItem.title(preferences.getLanguage());
    }

    public List<EntryStatus> getEntryStatuses() {
        return List.of(EntryStatus.values());
    }

    public List<EducationLevel> getEducationLevels() {
        return List.of(EducationLevel.values());
    }

    public List<String> getPartners() {
        return partners;
    }

    public SessionListItem getSessionItem() {
        return sessionItem;
    }

    /**
     * Whether the session still takes learners: not once it is cancelled or closed (its status as of today), when the
     * desk offers no enrolment form (the use case refuses them too: {@code enrolment.session.closed}).
     */
    public boolean isTakesLearners() {
        if (sessionItem == null) {
            return false;
        }
        be.pfe.operations.domain.session.SessionStatus status = sessionItem.asOf(today()).status();
        return status != be.pfe.operations.domain.session.SessionStatus.CANCELLED
                && status != be.pfe.operations.domain.session.SessionStatus.CLOSED;
    }

    /** Why the desk offers no enrolment form: the session's status, in the user's words. */
    public String getEnrolmentClosed() {
        return sessionItem == null ? "" : Messages.text(preferences.getLocale(),
                "page.sessionEnrolments.enrolmentClosed", sessionItem.asOf(today()).status());
    }

    public SeatOverview getSeats() {
        return seats;
    }

    /** The pool and the partner quotas, pool last. */
    public List<SeatOverview.Share> getShares() {
        if (seats == null) {
            return List.of();
        }
        List<SeatOverview.Share> shares = new ArrayList<>(seats.quotas());
        shares.add(seats.pool());
        return shares;
    }

    public List<EnrolmentRow> getEnrolments() {
        return enrolments;
    }

    public List<WaitlistPlace> getWaitlist() {
        return waitlist;
    }

    public Language getLanguage() {
        return preferences.getLanguage();
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }



















    public LearnerForm getNewLearner() {
        return newLearner;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public List<SessionListItem> getOtherSessions() {
        return otherSessions;
    }

    public List<EnrolmentRow> getSelected() {
        return selected;
    }

    public void setSelected(List<EnrolmentRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public StepInput.Kind getPending() {
        return pending;
    }

    public String getStepReason() {
        return stepReason;
    }

    public void setStepReason(String stepReason) {
        this.stepReason = stepReason;
    }

    public String getStepPartner() {
        return stepPartner;
    }

    public void setStepPartner(String stepPartner) {
        this.stepPartner = stepPartner;
    }

    public Long getStepSession() {
        return stepSession;
    }

    public void setStepSession(Long stepSession) {
        this.stepSession = stepSession;
    }

    public LocalDate getStepDate() {
        return stepDate;
    }

    public void setStepDate(LocalDate stepDate) {
        this.stepDate = stepDate;
    }

    public String getFindText() {
        return findText;
    }

    public void setFindText(String findText) {
        this.findText = findText;
    }

    public List<LearnerListItem> getFound() {
        return found;
    }

    public String getExistingPartner() {
        return existingPartner;
    }

    public void setExistingPartner(String existingPartner) {
        this.existingPartner = existingPartner;
    }
}
