package be.pfe.operations.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Planned skills validations for a unit or occupation, or planned screenings: sessions and candidates. */
@Embeddable
public class ValidationLine implements PlanLine {

    public static final int OCCUPATION_LENGTH = 200;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentKind kind;
    @Column(nullable = false, length = OCCUPATION_LENGTH)
    private String occupation;
    @Column(nullable = false)
    private int sessions;
    @Column(nullable = false)
    private int candidates;

    protected ValidationLine() {
        // for JPA
    }

    public ValidationLine(AssessmentKind kind, String occupation, Integer sessions, Integer candidates) {
        if (kind == null) {
            throw new be.pfe.operations.domain.shared.BusinessRuleException("plan.line.required", "kind");
        }
        this.kind = kind;
        this.occupation = PlanLines.text(occupation, "occupation", OCCUPATION_LENGTH, true);
        this.sessions = PlanLines.count(sessions, "sessions");
        this.candidates = PlanLines.count(candidates, "candidates");
    }

    public AssessmentKind kind() {
        return kind;
    }

    public String occupation() {
        return occupation;
    }

    public int sessions() {
        return sessions;
    }

    public int candidates() {
        return candidates;
    }

    @Override
    public String key() {
        return kind + " · " + occupation;
    }

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sessions", sessions);
        fields.put("candidates", candidates);
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationLine that && key().equals(that.key()) && fields().equals(that.fields());
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, occupation, sessions, candidates);
    }
}
