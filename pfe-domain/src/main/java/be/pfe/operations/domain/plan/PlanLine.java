package be.pfe.operations.domain.plan;

import java.util.Map;

/**
 * A line of a plan's contents, as the differences between two versions see it: a key that says which line it is
 * (the same line in two versions has the same key) and its values by field, in display order.
 */
public interface PlanLine {

    /** Which line this is within its section, e.g. the course and partner of a planned training. */
    String key();

    /** The line's values by field name (dates, numbers and enums as they are; {@code null} when empty). */
    Map<String, Object> fields();
}
