package be.pfe.operations.domain.calendar;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Days on which one centre is closed besides the public holidays, chosen by that centre. */
@Entity
@Table(name = "centre_closure")
@NamedQuery(name = CentreClosure.FIND_BY_CENTRE_DURING, query = """
        select c from CentreClosure c
        where c.centre.code = :centre and c.period.start <= :end and c.period.end >= :start
        order by c.period.start""")
public class CentreClosure {

    public static final String FIND_BY_CENTRE_DURING = "CentreClosure.findByCentreDuring";
    public static final int REASON_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    @Embedded
    private DateRange period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ClosureKind kind;

    @Column(nullable = false, length = REASON_LENGTH)
    private String reason;

    @Version
    private long version;

    protected CentreClosure() {
        // for JPA
    }

    public CentreClosure(Centre centre, DateRange period, ClosureKind kind, String reason) {
        if (centre == null) {
            throw new BusinessRuleException("closure.centre.required", "centre");
        }
        if (period == null) {
            throw new BusinessRuleException("period.start.required", "startDate");
        }
        if (kind == null) {
            throw new BusinessRuleException("closure.kind.required", "kind");
        }
        if (reason == null || reason.isBlank() || reason.length() > REASON_LENGTH) {
            throw new BusinessRuleException("closure.reason.invalid", "reason", REASON_LENGTH);
        }
        this.centre = centre;
        this.period = period;
        this.kind = kind;
        this.reason = reason.strip();
    }

    public Long id() {
        return id;
    }

    public Centre centre() {
        return centre;
    }

    public DateRange period() {
        return period;
    }

    public ClosureKind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }
}
