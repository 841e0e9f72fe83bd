package be.pfe.operations.domain.course;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.ClashException;
import be.pfe.operations.domain.shared.LocalizedText;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.shared.StaleVersionException;
import be.pfe.operations.domain.trainer.Trainer;
import be.pfe.operations.domain.trainer.Trainers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the course catalogue, which the centres of the region share (like the companies): whoever plans for a centre
 * creates, changes and retires courses ({@link Access#PLANNING} somewhere). Codes are unique (the table's unique key
 * holds the rule for two requests at once). A retired course keeps its sessions and history and is planned no more.
 * The trainers qualified for a course are changed only by those who plan one of each trainer's centres.
 */
@ApplicationScoped
@Transactional
public class CourseCatalogue {

    private Courses courses;
    private PartnerOrganisations partners;
    private Trainers trainers;

    protected CourseCatalogue() {
        // for CDI
    }

    @Inject
    public CourseCatalogue(Courses courses, PartnerOrganisations partners, Trainers trainers) {
        this.courses = courses;
        this.partners = partners;
        this.trainers = trainers;
    }

    @UseCase(Access.PLANNING)
    public Course create(Actor actor, CourseDetails details) {
        if (details == null) {
            throw new BusinessRuleException("text.required", "code");
        }
        String code = details.code() == null ? null : details.code().strip();
        if (code != null && !code.isEmpty() && courses.byCode(code).isPresent()) {
            throw new ClashException("course.code.taken", "code", code);
        }
        LocalizedText title = new LocalizedText(details.titleFr(), details.titleNl(), details.titleEn());
        Course course = new Course(code, title, details.sector(), hours(details), details.shortageOccupation(),
                partner(details));
        apply(course, details, title);
        courses.add(course);
        qualify(actor, course, details.qualifiedTrainers());
        return course;
    }

    @UseCase(Access.PLANNING)
    public Course change(Actor actor, String code, Long expectedVersion, CourseDetails details) {
        Course course = course(code);
        StaleVersionException.check(expectedVersion, course.version());
        if (details == null) {
            throw new BusinessRuleException("text.required", "titleFr");
        }
        if (details.code() != null && !details.code().isBlank() && !details.code().strip().equals(course.code())) {
            throw new BusinessRuleException("course.code.fixed", "code", course.code());
        }
        apply(course, details, new LocalizedText(details.titleFr(), details.titleNl(), details.titleEn()));
        qualify(actor, course, details.qualifiedTrainers());
        return course;
    }

    @UseCase(Access.PLANNING)
    public Course retire(Actor actor, String code, Long expectedVersion, LocalDate today) {
        Course course = course(code);
        StaleVersionException.check(expectedVersion, course.version());
        course.retire(actor.username(), today);
        return course;
    }

    /** The trainers qualified for the course, by code. */
    @UseCase(Access.REFERENCE_DATA)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Trainer> qualifiedTrainers(String code) {
        return trainers.qualifiedFor(course(code).code());
    }

    @UseCase(Access.REFERENCE_DATA)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Course course(String code) {
        if (code == null || code.isBlank()) {
            throw new NotFoundException("course.unknown", null, "");
        }
        return courses.byCode(code.strip()).orElseThrow(() -> new NotFoundException("course.unknown", null, code));
    }

    private void apply(Course course, CourseDetails details, LocalizedText title) {
        CourseKind kind = details.kind() == null ? CourseKind.TRAINING : details.kind();
        course.change(title, kind, kind == CourseKind.VALIDATION ? details.occupation() : null, details.sector(),
                hours(details), details.shortageOccupation(), partner(details), details.teachingLanguage(),
                details.targetGroups());
        course.needsRoom(details.requiredRoomType(),
                details.requiredEquipment() == null ? List.of() : details.requiredEquipment());
    }

    private static int hours(CourseDetails details) {
        if (details.durationHours() == null) {
            throw new BusinessRuleException("course.duration.notPositive", "durationHours", "");
        }
        return details.durationHours();
    }

    private PartnerOrganisation partner(CourseDetails details) {
        if (details.providingPartner() == null || details.providingPartner().isBlank()) {
            throw new BusinessRuleException("course.partner.required", "providingPartner");
        }
        return partners.byCode(details.providingPartner().strip()).orElseThrow(() ->
                new BusinessRuleException("partner.unknown", "providingPartner", details.providingPartner()));
    }

    /**
     * Exactly these trainers are qualified for the course. A trainer who gains or loses the qualification must work at
     * a centre the actor plans: trainers are shared by the centres, each centre answers for its own.
     */
    private void qualify(Actor actor, Course course, List<String> codes) {
        if (codes == null) {
            return;
        }
        Set<Trainer> wanted = new LinkedHashSet<>();
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            wanted.add(trainers.byCode(code.strip()).orElseThrow(() ->
                    new BusinessRuleException("trainer.unknown.field", "qualifiedTrainers", code.strip())));
        }
        List<Trainer> current = new ArrayList<>(trainers.qualifiedFor(course.code()));
        for (Trainer trainer : wanted) {
            if (!current.contains(trainer)) {
                requirePlansForTrainer(actor, trainer);
                trainer.qualifyFor(course);
            }
        }
        for (Trainer trainer : current) {
            if (!wanted.contains(trainer)) {
                requirePlansForTrainer(actor, trainer);
                trainer.withdrawQualification(course);
            }
        }
    }

    /** The actor plans one of the trainer's centres (a trainer of no centre: whoever plans every centre). */
    public static void requirePlansForTrainer(Actor actor, Trainer trainer) {
        boolean plans = trainer.centreCodes().isEmpty() ? actor.may(Access.PLANNING, null)
                : trainer.centreCodes().stream().anyMatch(centre -> actor.may(Access.PLANNING, centre));
        if (!plans) {
            throw new AccessDeniedException(Access.PLANNING, null);
        }
    }
}
