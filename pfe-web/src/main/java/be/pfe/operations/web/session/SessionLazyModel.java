package be.pfe.operations.web.session;

import be.pfe.operations.domain.session.SessionListItem;
import be.pfe.operations.domain.session.SessionSearch;
import be.pfe.operations.domain.session.SessionSearch.SortColumn;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;

/** Sessions for a lazy table: each page and the count are read from the database, never the whole list. */
public class SessionLazyModel extends LazyDataModel<SessionListItem> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, SortColumn> COLUMNS = Map.of(
            "startDate", SortColumn.START_DATE,
            "endDate", SortColumn.END_DATE,
            "centreCode", SortColumn.CENTRE,
            "courseCode", SortColumn.COURSE,
            "roomCode", SortColumn.ROOM,
            "seatCapacity", SortColumn.SEATS,
            "status", SortColumn.STATUS);

    private final Sessions sessions;
    private String centreCode;
    private SessionSearch.Filters filters = SessionSearch.Filters.NONE;

    public SessionLazyModel(Sessions sessions, String centreCode) {
        this.sessions = sessions;
        this.centreCode = centreCode;
    }

    /** Narrows the list to a centre (or all readable ones) and the filters. */
    public void narrow(String centre, SessionSearch.Filters narrowed) {
        this.centreCode = centre;
        this.filters = narrowed == null ? SessionSearch.Filters.NONE : narrowed;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(sessions.countOf(new SessionSearch(centreCode, 0, 1, null, true, filters)));
    }

    @Override
    public List<SessionListItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
        SortColumn column = SortColumn.START_DATE;
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            SortColumn known = COLUMNS.get(sort.getField());
            if (known != null && sort.getOrder() != SortOrder.UNSORTED) {
                column = known;
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        return sessions.page(new SessionSearch(centreCode, first, pageSize, column, ascending, filters));
    }

    @Override
    public String getRowKey(SessionListItem item) {
        return Long.toString(item.id());
    }

    @Override
    public SessionListItem getRowData(String rowKey) {
        return sessions.byId(Long.parseLong(rowKey));
    }
}
