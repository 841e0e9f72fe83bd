package be.pfe.operations.domain.privacy;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** How many months after the learner's last activity of a kind its records stay linked to the identified learner. */
@Entity
@Table(name = "retention_policy")
public class RetentionPolicy {

    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 1200;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", length = 30)
    private RetainedRecordKind recordKind;

    @Column(nullable = false)
    private int months;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected RetentionPolicy() {
        // for JPA
    }

    /** Changes the period; between one month and a hundred years. */
    public void change(Integer newMonths, String by) {
        if (newMonths == null || newMonths < MIN_MONTHS || newMonths > MAX_MONTHS) {
            throw new BusinessRuleException("privacy.retention.monthsInvalid", "months", recordKind, MIN_MONTHS,
                    MAX_MONTHS);
        }
        this.months = newMonths;
        this.updatedBy = by;
        this.updatedAt = OffsetDateTime.now(Clocks.system().withZone(ZoneOffset.UTC));
    }

    public RetainedRecordKind recordKind() {
        return recordKind;
    }

    public int months() {
        return months;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
