package be.pfe.operations.domain.screening;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.course.Course;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A pre-training assessment of a learner for a course or an occupation: when, by whom, the tests taken, the
 * result and the recommendation. When it names an enrolment, recording it moves that enrolment to its "screened"
 * step (see the screening recording use case).
 */
@Entity
@Table(name = "screening")
public class Screening {

    public static final int ASSESSOR_LENGTH = 200;
    public static final int TEXT_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", nullable = false, updatable = false)
    private long learnerId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_id", updatable = false)
    private Centre centre;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id", updatable = false)
    private Course course;

    @Column(length = 200, updatable = false)
    private String occupation;

    @Column(name = "enrolment_id", updatable = false)
    private Long enrolmentId;

    @Column(name = "screened_on", nullable = false)
    private LocalDate screenedOn;

    @Column(nullable = false, length = ASSESSOR_LENGTH)
    private String assessor;

    @Column(name = "tests_taken", length = TEXT_LENGTH)
    private String testsTaken;

    @Column(length = TEXT_LENGTH)
    private String result;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Recommendation recommendation;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected Screening() {
        // for JPA
    }

    public Screening(long learnerId, Centre centre, Course course, Long enrolmentId, ScreeningDetails details,
                     String recordedBy, OffsetDateTime recordedAt) {
        this.learnerId = learnerId;
        this.centre = TypedText.chosen(centre, "centre");
        this.course = course;
        this.occupation = TypedText.optional(details.occupation(), "occupation", 200);
        if (course == null && occupation == null) {
            throw new BusinessRuleException("screening.subject.required", "course");
        }
        this.enrolmentId = enrolmentId;
        this.screenedOn = TypedText.chosen(details.screenedOn(), "screenedOn");
        if (screenedOn.isAfter(recordedAt.toLocalDate())) {
            throw new BusinessRuleException("screening.date.future", "screenedOn", screenedOn);
        }
        this.assessor = TypedText.required(details.assessor(), "assessor", ASSESSOR_LENGTH);
        this.testsTaken = TypedText.note(details.testsTaken(), "testsTaken", TEXT_LENGTH);
        this.result = TypedText.note(details.result(), "result", TEXT_LENGTH);
        this.recommendation = TypedText.chosen(details.recommendation(), "recommendation");
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long learnerId() {
        return learnerId;
    }

    public Centre centre() {
        return centre;
    }

    /** The course screened for, or {@code null} (an occupation only). */
    public Course course() {
        return course;
    }

    public String occupation() {
        return occupation;
    }

    public Long enrolmentId() {
        return enrolmentId;
    }

    public LocalDate screenedOn() {
        return screenedOn;
    }

    public String assessor() {
        return assessor;
    }

    public String testsTaken() {
        return testsTaken;
    }

    public String result() {
        return result;
    }

    public Recommendation recommendation() {
        return recommendation;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
