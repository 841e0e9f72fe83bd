package be.pfe.operations.domain.plan;

import be.pfe.operations.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What the plan aims at for one indicator over the year (a count, or a percentage for a rate). */
@Embeddable
public class PlanTarget implements PlanLine {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Indicator indicator;
    @Column(name = "target_value", nullable = false, precision = 12, scale = 2)
    private BigDecimal value;

    protected PlanTarget() {
        // for JPA
    }

    public PlanTarget(Indicator indicator, BigDecimal value) {
        if (indicator == null) {
            throw new BusinessRuleException("plan.line.required", "indicator");
        }
        if (value == null || value.signum() < 0 || (indicator.isRate() && value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new BusinessRuleException("plan.target.invalid", "value", indicator, value == null ? "" : value);
        }
        this.indicator = indicator;
        this.value = value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    public Indicator indicator() {
        return indicator;
    }

    public BigDecimal value() {
        return value;
    }

    @Override
    public String key() {
        return indicator.name();
    }

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("value", value.stripTrailingZeros().toPlainString());
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanTarget that && indicator == that.indicator && value.compareTo(that.value) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, value.stripTrailingZeros());
    }
}
