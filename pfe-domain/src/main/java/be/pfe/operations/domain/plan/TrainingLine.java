package be.pfe.operations.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A course of the catalogue on the planned training offer: the partner providing it, its sessions and seats. */
@Embeddable
public class TrainingLine implements PlanLine {

    @Column(name = "course_code", nullable = false, length = 40)
    private String courseCode;
    @Column(name = "partner_code", nullable = false, length = 40)
    private String partnerCode;
    @Column(nullable = false)
    private int sessions;
    @Column(nullable = false)
    private int seats;

    protected TrainingLine() {
        // for JPA
    }

    public TrainingLine(String courseCode, String partnerCode, Integer sessions, Integer seats) {
        this.courseCode = PlanLines.code(courseCode, "course");
        this.partnerCode = PlanLines.code(partnerCode, "partner");
        this.sessions = PlanLines.count(sessions, "sessions");
        this.seats = PlanLines.count(seats, "seats");
    }

    public String courseCode() {
        return courseCode;
    }

    public String partnerCode() {
        return partnerCode;
    }

    public int sessions() {
        return sessions;
    }

    public int seats() {
        return seats;
    }

    @Override
    public String key() {
        return courseCode + " · " + partnerCode;
    }

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sessions", sessions);
        fields.put("seats", seats);
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingLine that && key().equals(that.key()) && fields().equals(that.fields());
    }

    @Override
    public int hashCode() {
        return Objects.hash(courseCode, partnerCode, sessions, seats);
    }
}
