package be.pfe.operations.domain.calendar;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.TypedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One dated meeting of a course session, in Brussels wall-clock time. A cancelled meeting keeps its place
 * (calendars and attendance show it as cancelled); a moved one keeps its identity.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = Meeting.FIND_BY_SESSION,
        query = "select m from Meeting m where m.session.id = :session order by m.date, m.start")
public class Meeting {

    public static final String FIND_BY_SESSION = "Meeting.findBySession";
    public static final int REASON_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private CourseSession session;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status;

    @Column(name = "cancellation_reason", length = REASON_LENGTH)
    private String cancellationReason;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected Meeting() {
        // for JPA
    }

    public Meeting(CourseSession session, MeetingTime time) {
        if (session == null) {
            throw new BusinessRuleException("meeting.session.required", "session");
        }
        this.session = session;
        this.status = MeetingStatus.SCHEDULED;
        place(time);
    }

    /** Moves the meeting to another day or time; the session's period still bounds it. */
    public void moveTo(MeetingTime time) {
        if (status == MeetingStatus.CANCELLED) {
            throw new BusinessRuleException("meeting.cancelled", "date");
        }
        place(time);
    }

    private void place(MeetingTime time) {
        if (time == null) {
            throw new BusinessRuleException("meeting.time.required", "date");
        }
        if (!session.period().contains(time.date())) {
            throw new BusinessRuleException("meeting.outsideSession", "date", time.date(), session.period().start(),
                    session.period().end());
        }
        this.date = time.date();
        this.start = time.start();
        this.end = time.end();
    }

    /** Cancels the meeting; it stays, marked cancelled with the reason, so calendars can show it. */
    public void cancel(String reason) {
        if (status == MeetingStatus.CANCELLED) {
            throw new BusinessRuleException("meeting.alreadyCancelled", "reason", date);
        }
        if (reason == null || reason.isBlank() || reason.length() > REASON_LENGTH) {
            throw new BusinessRuleException("meeting.cancellation.reasonInvalid", "reason", REASON_LENGTH);
        }
        TypedText.requireReadable(reason, "reason", true);
        this.status = MeetingStatus.CANCELLED;
        this.cancellationReason = reason.strip();
    }

    @PrePersist
    @PreUpdate
    void recordChange() {
        changedAt = OffsetDateTime.now(Clocks.system().withZone(ZoneOffset.UTC));
    }

    /** When the meeting last changed (set when it is stored). */
    public OffsetDateTime changedAt() {
        return changedAt;
    }

    /** How many times the meeting changed since it was created. */
    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public CourseSession session() {
        return session;
    }

    public MeetingTime time() {
        return new MeetingTime(date, start, end);
    }

    public MeetingStatus status() {
        return status;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Meeting that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Meeting.class.hashCode();
    }
}
