package be.pfe.operations.domain.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCourses implements Courses {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaCourses() {
        // for CDI
    }

    public JpaCourses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Course> all() {
        return entityManager.createNamedQuery(Course.FIND_ALL, Course.class).getResultList();
    }

    @Override
    public List<Course> givenIn(java.util.Collection<String> centreCodes) {
        if (centreCodes.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select distinct k from Course k where exists (select 1 from CourseSession s
                        where s.course = k and s.centre.code in :centres) order by k.code""", Course.class)
                .setParameter("centres", centreCodes).getResultList();
    }

    @Override
    public Optional<Course> byId(long id) {
        return Optional.ofNullable(entityManager.find(Course.class, id));
    }

    @Override
    public Optional<Course> byCode(String code) {
        return entityManager.createNamedQuery(Course.FIND_BY_CODE, Course.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Course add(Course course) {
        entityManager.persist(course);
        entityManager.flush(); // the identity column gives the id on insert
        return course;
    }
}
