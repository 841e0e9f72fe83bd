package be.pfe.operations.domain.course;

import java.util.List;
import java.util.Optional;

/** The course catalogue. */
public interface Courses {

    List<Course> all();

    Optional<Course> byId(long id);

    Optional<Course> byCode(String code);

    Course add(Course course);
}
