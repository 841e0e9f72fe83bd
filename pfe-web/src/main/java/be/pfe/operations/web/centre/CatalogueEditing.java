package be.pfe.operations.web.centre;

import java.time.Clock;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.course.CourseCatalogue;
import be.pfe.operations.domain.course.CourseDetails;
import be.pfe.operations.domain.room.Premises;
import be.pfe.operations.domain.room.RoomInput;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.trainer.TrainerInput;
import be.pfe.operations.domain.trainer.TrainerRegister;
import be.pfe.operations.web.trainer.TrainerDetails;
import be.pfe.operations.domain.calendar.ClosureKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Changes to the catalogue, rooms, closures and trainers for the pages and the API: each through its use case (which
 * checks who may), answered as the view the caller shows. See docs/security.md for who may change what.
 */
@ApplicationScoped
@Transactional
public class CatalogueEditing {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    @Inject
    CourseCatalogue catalogue;
    @Inject
    Premises premises;
    @Inject
    TrainerRegister trainers;
    @Inject
    be.pfe.operations.web.trainer.TrainerDirectory directory;
    @Inject
    Actor actor;
    @Inject
    be.pfe.operations.domain.shared.RecordVersionStore versions;

    /** One course; its qualified trainers only to those who read trainers (records somewhere), as the trainer list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseDetailsDto course(String code) {
        Course course = catalogue.course(code);
        return CourseDetailsDto.of(course, actor.scope(be.pfe.operations.domain.access.Access.RECORDS).none()
                ? List.of() : catalogue.qualifiedTrainers(course.code()));
    }

    public CourseDetailsDto createCourse(CourseDetails details) {
        Course course = written(catalogue.create(actor, details));
        return CourseDetailsDto.of(course, catalogue.qualifiedTrainers(course.code()));
    }

    public CourseDetailsDto changeCourse(String code, Long version, CourseDetails details) {
        Course course = written(catalogue.change(actor, code, version, details));
        return CourseDetailsDto.of(course, catalogue.qualifiedTrainers(course.code()));
    }

    public CourseDetailsDto retireCourse(String code, Long version) {
        Course course = catalogue.retire(actor, code, version, LocalDate.now(clock));
        return CourseDetailsDto.of(course, catalogue.qualifiedTrainers(course.code()));
    }

    public RoomDetails createRoom(String centre, RoomInput input) {
        return RoomDetails.of(written(premises.createRoom(centre, input)));
    }

    public RoomDetails changeRoom(String centre, String room, Long version, RoomInput input) {
        return RoomDetails.of(written(premises.changeRoom(centre, room, version, input)));
    }

    /** The centre's closures from a year ago to three years ahead. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClosureDto> closures(String centre) {
        LocalDate today = LocalDate.now(clock);
        return premises.closures(centre, new DateRange(today.minusYears(1), today.plusYears(3))).stream()
                .map(ClosureDto::of).toList();
    }

    public ClosureDto addClosure(String centre, LocalDate start, LocalDate end, ClosureKind kind, String reason) {
        return ClosureDto.of(premises.addClosure(centre, start, end, kind, reason));
    }

    public void removeClosure(String centre, long closure) {
        premises.removeClosure(centre, closure);
    }

    /**
     * The trainer as committed: the change commits in its own transaction first, then the trainer is read again,
     * so the answer carries the version a next change starts from (EclipseLink may count one more version at the
     * commit of a trainer whose collections it wrote, after any flush).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public TrainerDetails createTrainer(TrainerInput input, Language language) {
        return directory.details(trainers.create(actor, input).code(), language);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public TrainerDetails changeTrainer(String code, Long version, TrainerInput input, Language language) {
        return directory.details(trainers.change(actor, code, version, input).code(), language);
    }

    /**
     * Written before it is shown: the trainer's collections (centres, qualifications, times, absences) are compared
     * at the flush, which may count one more version; the answer must carry the version a next change starts from.
     */
    private <T> T written(T record) {
        versions.flush();
        return record;
    }
}
