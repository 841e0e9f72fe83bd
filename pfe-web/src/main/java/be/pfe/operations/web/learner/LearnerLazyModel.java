package be.pfe.operations.web.learner;

import be.pfe.operations.domain.learner.LearnerDirectory;
import be.pfe.operations.domain.learner.LearnerListItem;
import be.pfe.operations.domain.learner.LearnerResults;
import be.pfe.operations.domain.learner.LearnerQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Learners for a lazy table: each page and the count are read from the database, among the learners the user may
 * read. A search by national register number gives its one result (or none) without paging: the number itself is
 * not kept here.
 */
public class LearnerLazyModel extends LazyDataModel<LearnerListItem> {

    private static final long serialVersionUID = 1L;

    private final LearnerDirectory directory;
    private final String text;
    private final LocalDate birthDate;
    private final Long number;
    private final List<LearnerListItem> found;
    private transient LearnerResults lastPage;

    /** A search by name, birth date and number (each optional). */
    LearnerLazyModel(LearnerDirectory directory, String text, LocalDate birthDate, Long number) {
        this.directory = directory;
        this.text = text;
        this.birthDate = birthDate;
        this.number = number;
        this.found = null;
    }

    /** The result of a search by national register number, already made. */
    LearnerLazyModel(List<LearnerListItem> found) {
        this.directory = null;
        this.text = null;
        this.birthDate = null;
        this.number = null;
        this.found = List.copyOf(found);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (found != null) {
            return found.size();
        }
        return Math.toIntExact(directory.count(new LearnerQuery(text, birthDate, number, 0, 1)));
    }

    @Override
    public List<LearnerListItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
        if (found != null) {
            return found;
        }
        // the count was asked just before (count()): the page alone, so one count per request
        lastPage = new LearnerResults(directory.rows(new LearnerQuery(text, birthDate, number, first,
                Math.min(Math.max(pageSize, 1), LearnerQuery.MAX_SIZE))), getRowCount(), first, pageSize);
        return lastPage.learners();
    }

    @Override
    public String getRowKey(LearnerListItem item) {
        return Long.toString(item.id());
    }

    @Override
    public LearnerListItem getRowData(String rowKey) {
        if (found != null) {
            return found.stream().filter(item -> getRowKey(item).equals(rowKey)).findFirst().orElse(null);
        }
        return lastPage == null ? null : lastPage.learners().stream()
                .filter(item -> getRowKey(item).equals(rowKey)).findFirst().orElse(null);
    }
}
