package be.pfe.operations.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Planned in-company trainings, for one partner. */
@Embeddable
public class InCompanyLine implements PlanLine {

    @Column(name = "partner_code", nullable = false, length = 40)
    private String partnerCode;
    @Column(nullable = false)
    private int trainings;

    protected InCompanyLine() {
        // for JPA
    }

    public InCompanyLine(String partnerCode, Integer trainings) {
        this.partnerCode = PlanLines.code(partnerCode, "partner");
        this.trainings = PlanLines.count(trainings, "trainings");
    }

    public String partnerCode() {
        return partnerCode;
    }

    public int trainings() {
        return trainings;
    }

    @Override
    public String key() {
        return partnerCode;
    }

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("trainings", trainings);
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InCompanyLine that && key().equals(that.key()) && fields().equals(that.fields());
    }

    @Override
    public int hashCode() {
        return Objects.hash(partnerCode, trainings);
    }
}
