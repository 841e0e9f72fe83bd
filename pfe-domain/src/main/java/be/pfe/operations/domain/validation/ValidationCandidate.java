package be.pfe.operations.domain.validation;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A learner who sits a skills validation session, with their result and, on a pass only, their skills certificate
 * (number and date). A result other than pending is recorded from the day of the test on, never before; a
 * certificate is never dated before the test.
 */
@Entity
@Table(name = "validation_candidate")
@NamedQuery(name = ValidationCandidate.FIND_BY_SESSION,
        query = "select c from ValidationCandidate c where c.sessionId = :session order by c.id")
public class ValidationCandidate {

    public static final String FIND_BY_SESSION = "ValidationCandidate.findBySession";
    public static final int CERTIFICATE_NUMBER_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "learner_id", nullable = false, updatable = false)
    private long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ValidationResult result;

    @Column(name = "certificate_number", length = CERTIFICATE_NUMBER_LENGTH, unique = true)
    private String certificateNumber;

    @Column(name = "certificate_date")
    private LocalDate certificateDate;

    /** The day the result happened (the test's day), apart from when it was recorded; {@code null} while pending. */
    @Column(name = "result_on")
    private LocalDate resultOn;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected ValidationCandidate() {
        // for JPA
    }

    /** A candidate registered for a session, result pending. */
    public ValidationCandidate(long sessionId, long learnerId, String recordedBy) {
        this.sessionId = sessionId;
        this.learnerId = learnerId;
        this.result = ValidationResult.PENDING;
        recordedBy(recordedBy);
    }

    /**
     * Records the result. A pass needs a certificate number and date (not before the test); any other result
     * takes the certificate away.
     *
     * @param testDate the day of the validation session
     * @param today    results are not known before the test takes place
     */
    public void record(ValidationResult newResult, String number, LocalDate date, LocalDate testDate, LocalDate today,
                       String by) {
        if (newResult == null) {
            throw new BusinessRuleException("validation.result.required", "result");
        }
        if (newResult != ValidationResult.PENDING && today.isBefore(testDate)) {
            throw new BusinessRuleException("validation.result.beforeTest", "result", testDate);
        }
        if (newResult == ValidationResult.PASSED) {
            if (number == null || number.isBlank() || number.strip().length() > CERTIFICATE_NUMBER_LENGTH) {
                throw new BusinessRuleException("validation.certificate.numberInvalid", "certificateNumber",
                        CERTIFICATE_NUMBER_LENGTH);
            }
            if (date == null || date.isBefore(testDate) || date.isAfter(today)) {
                throw new BusinessRuleException("validation.certificate.dateInvalid", "certificateDate", testDate);
            }
            this.certificateNumber = number.strip();
            this.certificateDate = date;
        } else {
            this.certificateNumber = null;
            this.certificateDate = null;
        }
        this.result = newResult;
        this.resultOn = newResult == ValidationResult.PENDING ? null : testDate;
        recordedBy(by);
    }

    private void recordedBy(String by) {
        if (by == null || by.isBlank()) {
            throw new BusinessRuleException("validation.recordedBy.required", null);
        }
        this.recordedBy = by;
        this.recordedAt = OffsetDateTime.now(Clocks.system().withZone(ZoneOffset.UTC));
    }

    public Long id() {
        return id;
    }

    public long sessionId() {
        return sessionId;
    }

    public long learnerId() {
        return learnerId;
    }

    public ValidationResult result() {
        return result;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public LocalDate certificateDate() {
        return certificateDate;
    }

    /** The day the result happened, or {@code null} while pending. */
    public LocalDate resultOn() {
        return resultOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationCandidate that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return ValidationCandidate.class.hashCode();
    }

    @Override
    public String toString() {
        return "ValidationCandidate " + id;
    }
}
