package be.pfe.operations.domain.enrolment;

import be.pfe.operations.domain.learner.Learner;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.shared.BusinessRuleException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A learner's way into one course session, from the application to its outcome. Each step moves along
 * {@link EnrolmentStatus#next()} and is kept in the history with who, when and why; a step out of order is
 * refused. The learner and the session are other aggregates and are referred to by id.
 *
 * <p>Seats are not chosen here: the seat booking (under the session's lock) decides which seat is free and hands
 * it to {@link #admit}; an enrolment only remembers the seat it holds and gives it back when it leaves.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = Enrolment.FIND_BY_SESSION,
        query = "select e from Enrolment e where e.sessionId = :session order by e.id")
public class Enrolment {

    public static final String FIND_BY_SESSION = "Enrolment.findBySession";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false, updatable = false)
    private long learnerId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(nullable = false)
    private boolean referred;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    @Column(name = "applied_on", nullable = false, updatable = false)
    private LocalDate appliedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "seat", length = 10)
    private SeatKind seatKind;

    @Column(name = "seat_partner_id")
    private Long seatPartnerId;

    @Column(name = "arrival")
    private Long arrival;

    @Column(name = "target_groups", nullable = false, length = 120)
    private String targetGroups;

    @Column(name = "outcome_reason", length = Step.REASON_LENGTH)
    private String outcomeReason;

    @Column(name = "outcome_date")
    private LocalDate outcomeDate;

    @OneToMany(mappedBy = "enrolment", cascade = CascadeType.PERSIST)
    @OrderBy("stepNumber")
    private List<EnrolmentTransition> history = new ArrayList<>();

    @Version
    private long version;

    protected Enrolment() {
        // for JPA
    }

    /**
     * A learner applies for a session; {@code partnerId} is the partner they come through, if any (its quota is
     * used first). Target groups are derived on the application date, and again on the day of enrolment.
     */
    public Enrolment(Learner learner, long sessionId, Long partnerId, Step step) {
        if (learner == null || learner.id() == null) {
            throw new BusinessRuleException("enrolment.learner.required", "learner");
        }
        this.learnerId = learner.id();
        this.sessionId = sessionId;
        this.partnerId = partnerId;
        if (step.effectiveOn().isAfter(step.at().toLocalDate())) {
            throw new BusinessRuleException("enrolment.step.future", "date", step.effectiveOn());
        }
        this.appliedOn = step.effectiveOn();
        this.targetGroups = TargetGroup.write(learner.targetGroupsOn(appliedOn));
        this.status = EnrolmentStatus.APPLIED;
        history.add(new EnrolmentTransition(this, 1, null, EnrolmentStatus.APPLIED, step, null));
    }

    /** A partner (e.g. an Actiris counsellor) refers the learner; its quota will be used first. */
    public void referBy(long referringPartnerId, Step step) {
        move(EnrolmentStatus.REFERRED, step, null);
        this.partnerId = referringPartnerId;
        this.referred = true;
    }

    /** The pre-training assessment was passed. */
    public void screen(Step step) {
        move(EnrolmentStatus.SCREENED, step, null);
    }

    /**
     * Takes the seat the booking found free; {@code explanation} says why, when the application chose. A learner
     * promoted from the waitlist keeps their arrival number; otherwise this request's number is kept.
     */
    public void admit(Seat seat, long arrivalNumber, Step step, Explanation explanation) {
        EnrolmentStatus before = status;
        move(EnrolmentStatus.ADMITTED, step, explanation);
        this.seatKind = seat.kind();
        this.seatPartnerId = seat.partnerId();
        if (before != EnrolmentStatus.WAITLISTED) {
            this.arrival = arrivalNumber;
        }
    }

    /** No seat was free for the learner: they wait, in the order of their arrival. */
    public void waitlist(long arrivalNumber, Step step, Explanation explanation) {
        move(EnrolmentStatus.WAITLISTED, step, explanation);
        this.arrival = arrivalNumber;
    }

    /** The admitted learner starts: their target groups are those of this day. */
    public void enrol(Learner learner, Step step) {
        if (!Long.valueOf(learnerId).equals(learner.id())) {
            throw new IllegalArgumentException("not this enrolment's learner");
        }
        move(EnrolmentStatus.ENROLLED, step, null);
        this.targetGroups = TargetGroup.write(learner.targetGroupsOn(step.effectiveOn()));
    }

    public void complete(Step step) {
        move(EnrolmentStatus.COMPLETED, step, null);
        this.outcomeDate = step.effectiveOn();
    }

    /** The learner stops on the given day, for a reason; the seat they held is returned. */
    public Seat dropOut(LocalDate on, Step step) {
        step.requireReason();
        if (on == null) {
            throw new BusinessRuleException("enrolment.dropOut.dateRequired", "date");
        }
        if (on.isBefore(appliedOn)) {
            throw new BusinessRuleException("enrolment.dropOut.beforeApplication", "date", on, appliedOn);
        }
        // the day they stop may be announced ahead: the step itself happens on that day, or today when it is later
        LocalDate day = on.isAfter(step.at().toLocalDate()) ? step.at().toLocalDate() : on;
        move(EnrolmentStatus.DROPPED_OUT, step.effectiveOn().equals(day) ? step : step.on(day, step.backdated()), null);
        this.outcomeReason = step.reason();
        this.outcomeDate = on;
        return releaseSeat();
    }

    /** The learner is refused, for a reason; a seat they held (refused after admission) is returned. */
    public Seat refuse(Step step) {
        step.requireReason();
        move(EnrolmentStatus.REFUSED, step, null);
        this.outcomeReason = step.reason();
        this.outcomeDate = step.effectiveOn();
        return releaseSeat();
    }

    /** The waitlisted learner is taken off the waitlist, for a reason: they no longer wait for this session. */
    public void removeFromWaitlist(Step step) {
        step.requireReason();
        move(EnrolmentStatus.WITHDRAWN, step, null);
        this.outcomeReason = step.reason();
        this.outcomeDate = step.effectiveOn();
    }

    /**
     * Moves the enrolment to another session, keeping its history. A learner who had a seat or was waiting goes
     * back to {@link EnrolmentStatus#SCREENED} there (the booking then looks for a seat); the seat they held here is
     * returned. Finished enrolments cannot move.
     */
    public Seat transferTo(long otherSessionId, Step step) {
        if (status.isFinal()) {
            throw new BusinessRuleException("enrolment.transfer.finished", "session", status);
        }
        if (otherSessionId == sessionId) {
            throw new BusinessRuleException("enrolment.transfer.sameSession", "session", sessionId);
        }
        checkDay(step);
        Explanation explanation = Explanation.of("enrolment.transferred", sessionId, otherSessionId);
        EnrolmentStatus from = status;
        Seat freed = releaseSeat();
        this.sessionId = otherSessionId;
        boolean needsSeat = from.holdsSeat() || from == EnrolmentStatus.WAITLISTED;
        this.status = needsSeat ? EnrolmentStatus.SCREENED : from;
        this.arrival = null;
        history.add(new EnrolmentTransition(this, history.size() + 1, from, status, step, explanation));
        return freed;
    }

    /**
     * The session was cancelled on the given day, for the step's reason (required): an enrolment still open ends,
     * {@link EnrolmentStatus#SESSION_CANCELLED}, and the seat it held is returned; a finished one stays as it is.
     *
     * @return whether the enrolment changed
     */
    public boolean sessionCancelled(LocalDate on, Step step) {
        step.requireReason();
        if (status.isFinal()) {
            return false;
        }
        Step cancelled = on == null || on.equals(step.effectiveOn()) ? step : step.on(on, step.backdated());
        history.add(new EnrolmentTransition(this, history.size() + 1, status, EnrolmentStatus.SESSION_CANCELLED, cancelled,
                Explanation.of("enrolment.sessionCancelled", on, shortReason(step.reason()))));
        this.status = EnrolmentStatus.SESSION_CANCELLED;
        this.outcomeReason = step.reason();
        this.outcomeDate = on;
        releaseSeat();
        return true;
    }

    /** The reason as an explanation's argument: one line, no separator, at most 300 characters. */
    private static String shortReason(String reason) {
        String text = reason.replace('|', '/').replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 299) + "…" : text;
    }

    private Seat releaseSeat() {
        Seat freed = seat();
        this.seatKind = null;
        this.seatPartnerId = null;
        return freed;
    }

    private void move(EnrolmentStatus next, Step step, Explanation explanation) {
        if (!status.next().contains(next)) {
            throw new BusinessRuleException("enrolment.status.transition", "status", status, next);
        }
        checkDay(step);
        history.add(new EnrolmentTransition(this, history.size() + 1, status, next, step, explanation));
        this.status = next;
    }

    /**
     * The workflow's rules on the day a step happened: not after the day it is recorded, not before the application,
     * not before the step before it.
     */
    private void checkDay(Step step) {
        LocalDate day = step.effectiveOn();
        if (day.isAfter(step.at().toLocalDate())) {
            throw new BusinessRuleException("enrolment.step.future", "date", day);
        }
        if (day.isBefore(appliedOn)) {
            throw new BusinessRuleException("enrolment.step.beforeApplication", "date", day, appliedOn);
        }
        LocalDate previous = history.isEmpty() ? appliedOn : history.get(history.size() - 1).effectiveOn();
        if (previous != null && day.isBefore(previous)) {
            throw new BusinessRuleException("enrolment.step.beforePrevious", "date", day, previous);
        }
    }

    /** The day of the last step taken (the application's for a new one). */
    public LocalDate lastStepOn() {
        return history.isEmpty() ? appliedOn : history.get(history.size() - 1).effectiveOn();
    }

    public Long id() {
        return id;
    }

    public long learnerId() {
        return learnerId;
    }

    public long sessionId() {
        return sessionId;
    }

    /** The partner the learner comes through, whose quota is used first; {@code null} for none. */
    public Long partnerId() {
        return partnerId;
    }

    public boolean referred() {
        return referred;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    /** The seat held, or {@code null}. */
    public Seat seat() {
        return seatKind == null ? null : new Seat(seatKind, seatPartnerId);
    }

    /** The arrival number of the last request for a seat (the waitlist's order); {@code null} before. */
    public Long arrival() {
        return arrival;
    }

    public Set<TargetGroup> targetGroups() {
        return TargetGroup.read(targetGroups);
    }

    public String outcomeReason() {
        return outcomeReason;
    }

    public LocalDate outcomeDate() {
        return outcomeDate;
    }

    /** Every step so far, oldest first. */
    public List<EnrolmentTransition> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Enrolment that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Enrolment.class.hashCode();
    }

    @Override
    public String toString() {
        return "Enrolment " + id + " " + status;
    }
}
