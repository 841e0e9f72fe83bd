package be.pfe.operations.web.catalogue;

import be.pfe.operations.web.centre.CourseView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The courses for a lazy table: the page asks for one page at a time, filtered by the page's filters. The
 * catalogue is a few hundred courses at most, read once per request of the table.
 */
public class CourseLazyModel extends LazyDataModel<CourseView> {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<List<CourseView>> filtered;

    public CourseLazyModel(Supplier<List<CourseView>> filtered) {
        this.filtered = filtered;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return filtered.get().size();
    }

    @Override
    public List<CourseView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                 Map<String, FilterMeta> filterBy) {
        Comparator<CourseView> order = Comparator.comparing(CourseView::code);
        for (SortMeta sort : sortBy.values()) {
            Comparator<CourseView> by = switch (sort.getField()) {
                case "sector" -> Comparator.comparing((CourseView course) -> course.sector().name());
                case "durationHours" -> Comparator.comparingInt(CourseView::durationHours);
                case "providingPartner" -> Comparator.comparing(CourseView::providingPartner);
                default -> Comparator.comparing(CourseView::code);
            };
            if (sort.getOrder() != SortOrder.UNSORTED) {
                order = sort.getOrder() == SortOrder.DESCENDING ? by.reversed() : by;
                break;
            }
        }
        List<CourseView> all = filtered.get().stream().sorted(order).toList();
        setRowCount(all.size());
        return all.subList(Math.min(first, all.size()), Math.min(first + pageSize, all.size()));
    }

    @Override
    public String getRowKey(CourseView course) {
        return course.code();
    }

    @Override
    public CourseView getRowData(String rowKey) {
        return filtered.get().stream().filter(course -> course.code().equals(rowKey)).findFirst().orElse(null);
    }
}
