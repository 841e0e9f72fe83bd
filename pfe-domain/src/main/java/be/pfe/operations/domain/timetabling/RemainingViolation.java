package be.pfe.operations.domain.timetabling;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Arrays;
import java.util.List;

/**
 * A rule a timetabling proposal still breaks, or a preference it leaves unmet: the rule's name (a message key,
 * e.g. {@code timetabling.roomConflict}), its level and weight, and the sessions involved.
 */
@Embeddable
public class RemainingViolation {

    /** How much a violation matters: hard ones make a proposal unusable, medium is disruption, soft comfort. */
    public enum Level { HARD, MEDIUM, SOFT }

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "constraint_name", nullable = false, length = 60)
    private String constraintName;

    @Column(name = "level", nullable = false, length = 6)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Level level;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Column(name = "session_ids", nullable = false, length = 500)
    private String sessionIds;

    protected RemainingViolation() {
        // for JPA
    }

    public RemainingViolation(int position, String constraintName, Level level, int weight, List<Long> sessionIds) {
        this.position = position;
        this.constraintName = constraintName;
        this.level = level;
        this.weight = weight;
        String joined = String.join(",", sessionIds.stream().distinct().map(String::valueOf).toList());
        // a violation involving very many sessions (the load of one room) keeps the first ones only
        this.sessionIds = joined.length() <= 500 ? joined : joined.substring(0, joined.lastIndexOf(',', 500));
    }

    public int position() {
        return position;
    }

    public String constraintName() {
        return constraintName;
    }

    public Level level() {
        return level;
    }

    public int weight() {
        return weight;
    }

    public List<Long> sessionIds() {
        return sessionIds.isEmpty() ? List.of() : Arrays.stream(sessionIds.split(",")).map(Long::valueOf).toList();
    }
}
