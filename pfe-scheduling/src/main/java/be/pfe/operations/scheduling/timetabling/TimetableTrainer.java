package be.pfe.operations.scheduling.timetabling;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

import java.util.Objects;
import java.util.Set;

/**
 * A trainer the solver may give a lesson: the centres they may work in (trainers are shared across centres),
 * the courses they are qualified to teach, when they are available and, among those times, which they prefer.
 * <p>
 * Availability and preference are sets of weekly slots; a lesson's slot counts as available (or preferred) when
 * one of them covers it, so a trainer can be described by whole days as well as by the grid's slots.
 */
public final class TimetableTrainer {

    @PlanningId
    private final String id;
    private final Set<String> centreCodes;
    private final Set<String> qualifiedCourseCodes;
    private final Set<TimetableSlot> availableSlots;
    private final Set<TimetableSlot> preferredSlots;

    public TimetableTrainer(String id, Set<String> centreCodes, Set<String> qualifiedCourseCodes,
                           Set<TimetableSlot> availableSlots, Set<TimetableSlot> preferredSlots) {
        this.id = Objects.requireNonNull(id, "id");
        this.centreCodes = Set.copyOf(centreCodes);
        this.qualifiedCourseCodes = Set.copyOf(qualifiedCourseCodes);
        this.availableSlots = Set.copyOf(availableSlots);
        this.preferredSlots = Set.copyOf(preferredSlots);
    }

    public String id() {
        return id;
    }

    public Set<String> centreCodes() {
        return centreCodes;
    }

    public Set<String> qualifiedCourseCodes() {
        return qualifiedCourseCodes;
    }

    public Set<TimetableSlot> availableSlots() {
        return availableSlots;
    }

    public Set<TimetableSlot> preferredSlots() {
        return preferredSlots;
    }

    public boolean worksAt(String centreCode) {
        return centreCodes.contains(centreCode);
    }

    public boolean isQualifiedFor(String courseCode) {
        return qualifiedCourseCodes.contains(courseCode);
    }

    public boolean isAvailableAt(TimetableSlot slot) {
        return coveredBy(availableSlots, slot);
    }

    /** A trainer who states no preference is content with any slot they are available in. */
    public boolean prefers(TimetableSlot slot) {
        return preferredSlots.isEmpty() || coveredBy(preferredSlots, slot);
    }

    private static boolean coveredBy(Set<TimetableSlot> slots, TimetableSlot slot) {
        // the exact slot is the usual case: a hash look-up before the scan keeps the solver's inner loop cheap
        if (slots.contains(slot)) {
            return true;
        }
        for (TimetableSlot candidate : slots) {
            if (candidate.covers(slot)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimetableTrainer that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
