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
public final class TrainerResource {

    @PlanningId
    private final String id;
    private final Set<String> centreCodes;
    private final Set<String> qualifiedCourseCodes;
    private final Set<WeeklySlot> availableSlots;
    private final Set<WeeklySlot> preferredSlots;

    public TrainerResource(String id, Set<String> centreCodes, Set<String> qualifiedCourseCodes,
                           Set<WeeklySlot> availableSlots, Set<WeeklySlot> preferredSlots) {
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

    public Set<WeeklySlot> availableSlots() {
        return availableSlots;
    }

    public Set<WeeklySlot> preferredSlots() {
        return preferredSlots;
    }

    public boolean worksAt(String centreCode) {
        return centreCodes.contains(centreCode);
    }

    public boolean isQualifiedFor(String courseCode) {
        return qualifiedCourseCodes.contains(courseCode);
    }

    public boolean isAvailableAt(WeeklySlot slot) {
        return coveredBy(availableSlots, slot);
    }

    /** A trainer who states no preference is content with any slot they are available in. */
    public boolean prefers(WeeklySlot slot) {
        return preferredSlots.isEmpty() || coveredBy(preferredSlots, slot);
    }

    private static boolean coveredBy(Set<WeeklySlot> slots, WeeklySlot slot) {
        // the exact slot is the usual case: a hash look-up before the scan keeps the solver's inner loop cheap
        if (slots.contains(slot)) {
            return true;
        }
        for (WeeklySlot candidate : slots) {
            if (candidate.covers(slot)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainerResource that && id.equals(that.id);
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
