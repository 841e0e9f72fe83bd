package be.pfe.operations.web.catalogue;

import be.pfe.operations.web.centre.CourseDto;
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
public class CourseLazyModel extends LazyDataModel<CourseDto> {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<List<CourseDto>> filtered;

    public CourseLazyModel(Supplier<List<CourseDto>> filtered) {
        this.filtered = filtered;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return filtered.get().size();
    }

    @Override
    public List<CourseDto> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                 Map<String, FilterMeta> filterBy) {
        Comparator<CourseDto> order = Comparator.comparing(CourseDto::code);
        for (SortMeta sort : sortBy.values()) {
            Comparator<CourseDto> by = switch (sort.getField()) {
                case "sector" -> Comparator.comparing((CourseDto course) -> course.sector().name());
                case "durationHours" -> Comparator.comparingInt(CourseDto::durationHours);
                case "providingPartner" -> Comparator.comparing(CourseDto::providingPartner);
                default -> Comparator.comparing(CourseDto::code);
            };
            if (sort.getOrder() != SortOrder.UNSORTED) {
                order = sort.getOrder() == SortOrder.DESCENDING ? by.reversed() : by;
                break;
            }
        }
        List<CourseDto> all = filtered.get().stream().sorted(order).toList();
        setRowCount(all.size());
        return all.subList(Math.min(first, all.size()), Math.min(first + pageSize, all.size()));
    }

    @Override
    public String getRowKey(CourseDto course) {
        return course.code();
    }

    @Override
    public CourseDto getRowData(String rowKey) {
        return filtered.get().stream().filter(course -> course.code().equals(rowKey)).findFirst().orElse(null);
    }
}
