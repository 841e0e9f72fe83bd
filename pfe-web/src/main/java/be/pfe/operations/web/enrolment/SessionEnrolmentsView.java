package be.pfe.operations.web.enrolment;

import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.learner.LearnerDetails;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The enrolments of one session at the desk: enrol a new learner (a seat from their partner's quota, then the
 * pool, else the waitlist), see the seats by quota and the waitlist, drop a learner out (the freed seat goes to
 * the waitlist, and the page says why that learner was chosen). Refusals are shown beside the field concerned.
 */
@Named
@ViewScoped
public class SessionEnrolmentsView implements Serializable {

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

    private Long session;
    private SessionListItem sessionItem;
    private SeatOverview seats;
    private List<EnrolmentRow> enrolments = List.of();
    private List<WaitlistPlace> waitlist = List.of();
    private List<String> partners;

    private String familyName;
    private String givenName;
    private LocalDate birthDate;
    private EntryStatus entryStatus = EntryStatus.JOBSEEKER_ACTIRIS;
    private EducationLevel educationLevel = EducationLevel.UPPER_SECONDARY;
    private String niss;
    private String partner;
    private String reason;

    /** Deep link: {@code session-enrolments.xhtml?session=42}. */
    public void load() {
        if (session == null) {
            FacesMessages.info("page.sessionEnrolments.noSession");
            return;
        }
        try {
            sessionItem = sessions.byId(session);
            partners = partnerOrganisations.all().stream().map(PartnerOrganisation::code).sorted().toList();
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
    }

    public void enrol() {
        try {
            Booking booking = enrolling.enrolNewLearner(session, new LearnerDetails(familyName, givenName, birthDate,
                    null, null, preferences.getLanguage(), entryStatus, educationLevel, niss), partner);
            if (booking.waitlistPosition() == null) {
                FacesMessages.info("page.sessionEnrolments.admitted", familyName, givenName);
            } else {
                FacesMessages.info("page.sessionEnrolments.waitlisted", familyName, givenName,
                        booking.waitlistPosition());
            }
            familyName = null;
            givenName = null;
            birthDate = null;
            niss = null;
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
        refresh();
    }

    /** The learner stops today, for the reason typed; the seat goes to the waitlist. */
    public void dropOut(EnrolmentRow row) {
        try {
            enrolling.step(row.enrolmentId(), new StepInput(StepInput.Kind.DROP_OUT, reason, null,
                    LocalDate.now(ZoneId.of("Europe/Brussels")), null), preferences.getLocale());
            FacesMessages.info("page.sessionEnrolments.droppedOut", row.familyName(), row.givenName());
            reason = null;
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
        refresh();
    }

    /** Why the application last moved this enrolment by itself, in the user's language; empty when it did not. */
    public String why(EnrolmentRow row) {
        return row.why() == null ? "" : Enrolling.explain(row.why(), preferences.getLocale());
    }

    /** The seats in one sentence: taken, free, waiting. */
    public String totals() {
        return seats == null ? "" : Messages.text(preferences.getLocale(), "page.sessionEnrolments.totals",
                seats.held(), seats.seatCapacity(), seats.free(), seats.waitlisted());
    }

    /** How the waitlist is served, and until when freed seats go to it by themselves. */
    public String waitlistRule() {
        return seats == null ? "" : Messages.text(preferences.getLocale(), "page.sessionEnrolments.waitlistRule",
                seats.waitlistPriority(), seats.lastPromotionDay());
    }

    public boolean canDropOut(EnrolmentRow row) {
        return row.status().holdsSeat() && row.status() != EnrolmentStatus.COMPLETED;
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



    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public EntryStatus getEntryStatus() {
        return entryStatus;
    }

    public void setEntryStatus(EntryStatus entryStatus) {
        this.entryStatus = entryStatus;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    public void setEducationLevel(EducationLevel educationLevel) {
        this.educationLevel = educationLevel;
    }

    public String getNiss() {
        return niss;
    }

    public void setNiss(String niss) {
        this.niss = niss;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
