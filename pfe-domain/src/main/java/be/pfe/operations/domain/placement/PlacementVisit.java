package be.pfe.operations.domain.placement;

import be.pfe.operations.domain.shared.TypedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A follow-up visit of the centre's coach at the company during the placement, with what was noted. */
@Entity
@Table(name = "placement_visit")
public class PlacementVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "placement_id", updatable = false)
    private Placement placement;

    @Column(name = "visit_date", nullable = false)
    private LocalDate date;

    @Column(name = "visited_by", nullable = false, length = 200)
    private String visitedBy;

    @Column(length = 2000)
    private String notes;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected PlacementVisit() {
        // for JPA
    }

    PlacementVisit(Placement placement, LocalDate date, String visitedBy, String notes, String recordedBy,
                   OffsetDateTime recordedAt) {
        this.placement = placement;
        this.date = date;
        this.visitedBy = TypedText.required(visitedBy, "visitedBy", 200);
        this.notes = TypedText.note(notes, "notes", 2000);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public LocalDate date() {
        return date;
    }

    public String visitedBy() {
        return visitedBy;
    }

    public String notes() {
        return notes;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
