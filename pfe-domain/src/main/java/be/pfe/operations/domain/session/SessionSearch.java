package be.pfe.operations.domain.session;

import be.pfe.operations.domain.time.Clocks;
import java.time.LocalDate;

/**
 * A page of a session list: optionally one centre's, narrowed by filters, sorted on a known column.
 *
 * @param centreCode the centre, or {@code null} for all centres
 * @param filters    what the list is narrowed to ({@link Filters#NONE}: nothing)
 */
public record SessionSearch(String centreCode, int first, int pageSize, SortColumn sortColumn, boolean ascending,
                            Filters filters) {

    public static final int MAX_PAGE_SIZE = 200;
    /** The longest free text a search takes. */
    public static final int MAX_TEXT = 100;

    /** The columns a session list can be sorted on. */
    public enum SortColumn {
        START_DATE, END_DATE, CENTRE, COURSE, ROOM, SEATS, STATUS
    }

    /**
     * The list's filters, each optional: the course (code), the status as of {@code today} (the status the calendar
     * gives the session that day, see {@link CourseSession#dueOn}), the period the session is active in (any part of
     * it), the partner providing the course (code), and a free text found in the course's code or titles or in the
     * room's code (case ignored).
     */
    public record Filters(String courseCode, SessionStatus status, LocalDate from, LocalDate to, String partnerCode,
                          String text, LocalDate today) {

        public static final Filters NONE = new Filters(null, null, null, null, null, null, null);

        public Filters {
            courseCode = blankToNull(courseCode);
            partnerCode = blankToNull(partnerCode);
            text = blankToNull(text);
            if (text != null && text.length() > MAX_TEXT) {
                text = text.substring(0, MAX_TEXT);
            }
        }

        /** The day the statuses are read as of: the given one, else today in Brussels. */
        public LocalDate day() {
            return today == null ? LocalDate.now(Clocks.system()) : today;
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public SessionSearch(String centreCode, int first, int pageSize, SortColumn sortColumn, boolean ascending) {
        this(centreCode, first, pageSize, sortColumn, ascending, Filters.NONE);
    }

    public SessionSearch {
        first = Math.max(0, first);
        pageSize = Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE);
        sortColumn = sortColumn == null ? SortColumn.START_DATE : sortColumn;
        filters = filters == null ? Filters.NONE : filters;
    }

    /** The same search for another centre (or all). */
    public SessionSearch inCentre(String centre) {
        return new SessionSearch(centre, first, pageSize, sortColumn, ascending, filters);
    }
}
