package be.pfe.operations.domain.session;

/**
 * A page of a session list: optionally one centre's, sorted on a known column.
 *
 * @param centreCode the centre, or {@code null} for all centres
 */
public record SessionSearch(String centreCode, int first, int pageSize, SortColumn sortColumn, boolean ascending) {

    public static final int MAX_PAGE_SIZE = 200;

    /** The columns a session list can be sorted on. */
    public enum SortColumn {
        START_DATE, END_DATE, CENTRE, COURSE, ROOM, SEATS, STATUS
    }

    public SessionSearch {
        first = Math.max(0, first);
        pageSize = Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE);
        sortColumn = sortColumn == null ? SortColumn.START_DATE : sortColumn;
    }
}
