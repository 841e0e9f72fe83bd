package be.pfe.operations.domain.course;

import java.util.List;
import java.util.Optional;

/** The course catalogue. */
public interface Courses {

    List<Course> all();

    /** The courses with at least one session in one of these centres, by code. */
    List<Course> givenIn(java.util.Collection<String> centreCodes);

    Optional<Course> byId(long id);

    Optional<Course> byCode(String code);

    Course add(Course course);
}
