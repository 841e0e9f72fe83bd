package be.pfe.operations.domain.trainer;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.AccessDeniedException;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.course.CourseCatalogue;
import be.pfe.operations.domain.course.Courses;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.ClashException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.shared.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Creates and changes trainers. Trainers are shared by the centres they work at: a trainer is created by someone who
 * plans every centre given, and changed by someone who plans one of the trainer's centres; the centres added or
 * taken away must be ones the actor plans (a centre's staff neither hand a trainer to another centre nor take one
 * away from it). Codes are unique.
 */
@ApplicationScoped
@Transactional
public class TrainerRegister {

    private Trainers trainers;
    private Centres centres;
    private Courses courses;
    private PartnerOrganisations partners;

    protected TrainerRegister() {
        // for CDI
    }

    @Inject
    public TrainerRegister(Trainers trainers, Centres centres, Courses courses, PartnerOrganisations partners) {
        this.trainers = trainers;
        this.centres = centres;
        this.courses = courses;
        this.partners = partners;
    }

    @UseCase(Access.PLANNING)
    public Trainer create(Actor actor, TrainerInput input) {
        if (input == null) {
            throw new BusinessRuleException("trainer.code.invalid", "code", Trainer.CODE_LENGTH);
        }
        String code = input.code() == null ? null : input.code().strip();
        if (code != null && !code.isEmpty() && trainers.byCode(code).isPresent()) {
            throw new ClashException("trainer.code.taken", "code", code);
        }
        if (input.code() != null) {
            be.pfe.operations.domain.shared.TypedText.requireReadable(input.code(), "code", false);
        }
        Trainer trainer = new Trainer(code, input.name(), partner(input));
        Set<Centre> wanted = centres(input);
        if (wanted.isEmpty()) {
            throw new BusinessRuleException("trainer.centres.required", "centres");
        }
        for (Centre centre : wanted) {
            requirePlans(actor, centre);
        }
        apply(trainer, input, wanted);
        return trainers.add(trainer);
    }

    @UseCase(Access.PLANNING)
    public Trainer change(Actor actor, String code, Long expectedVersion, TrainerInput input) {
        Trainer trainer = trainer(code);
        CourseCatalogue.requirePlansForTrainer(actor, trainer);
        StaleVersionException.check(expectedVersion, trainer.version());
        if (input == null) {
            throw new BusinessRuleException("trainer.name.invalid", "name", Trainer.NAME_LENGTH);
        }
        if (input.code() != null && !input.code().isBlank() && !input.code().strip().equals(trainer.code())) {
            throw new BusinessRuleException("trainer.code.fixed", "code", trainer.code());
        }
        Set<Centre> wanted = centres(input);
        if (wanted.isEmpty()) {
            throw new BusinessRuleException("trainer.centres.required", "centres");
        }
        Set<String> before = trainer.centreCodes();
        for (Centre centre : wanted) {
            if (!before.contains(centre.code())) {
                requirePlans(actor, centre);
            }
        }
        Set<String> after = new TreeSet<>();
        wanted.forEach(centre -> after.add(centre.code()));
        for (String centre : before) {
            if (!after.contains(centre) && !actor.may(Access.PLANNING, centre)) {
                throw new BusinessRuleException("trainer.centre.notYours", "centres", centre);
            }
        }
        trainer.change(input.name(), partner(input));
        apply(trainer, input, wanted);
        return trainer;
    }

    @UseCase(Access.RECORDS)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Trainer trainer(String code) {
        if (code == null || code.isBlank()) {
            throw new NotFoundException("trainer.unknown", null, "");
        }
        return trainers.byCode(code.strip()).orElseThrow(() -> new NotFoundException("trainer.unknown", null, code));
    }

    private void apply(Trainer trainer, TrainerInput input, Set<Centre> wanted) {
        trainer.worksOnlyAt(wanted);
        List<Course> qualified = new ArrayList<>();
        for (String course : input.qualifications() == null ? List.<String>of() : input.qualifications()) {
            if (course == null || course.isBlank()) {
                continue;
            }
            qualified.add(courses.byCode(course.strip()).orElseThrow(() ->
                    new BusinessRuleException("course.unknown.field", "qualifications", course.strip())));
        }
        new ArrayList<>(trainer.qualifications()).stream().filter(course -> !qualified.contains(course))
                .forEach(trainer::withdrawQualification);
        qualified.forEach(trainer::qualifyFor);
        List<WeeklySlot> slots = new ArrayList<>();
        for (TrainerInput.Availability time : input.availability() == null
                ? List.<TrainerInput.Availability>of() : input.availability()) {
            if (time == null) {
                continue;
            }
            slots.add(new WeeklySlot(time.day(), time.start(), time.end()));
        }
        trainer.availableOnlyOn(slots);
        List<DateRange> periods = new ArrayList<>();
        for (TrainerInput.Absence absence : input.absences() == null
                ? List.<TrainerInput.Absence>of() : input.absences()) {
            if (absence == null) {
                continue;
            }
            periods.add(new DateRange(absence.start(), absence.end()));
        }
        trainer.absentOnly(periods);
    }

    private PartnerOrganisation partner(TrainerInput input) {
        if (input.partner() == null || input.partner().isBlank()) {
            throw new BusinessRuleException("trainer.partner.required", "partner");
        }
        return partners.byCode(input.partner().strip()).orElseThrow(() ->
                new BusinessRuleException("partner.unknown", "partner", input.partner()));
    }

    private Set<Centre> centres(TrainerInput input) {
        Set<Centre> wanted = new LinkedHashSet<>();
        for (String code : input.centres() == null ? List.<String>of() : input.centres()) {
            if (code == null || code.isBlank()) {
                continue;
            }
            wanted.add(centres.byCode(code.strip()).orElseThrow(() ->
                    new BusinessRuleException("centre.unknown.field", "centres", code.strip())));
        }
        return wanted;
    }

    private static void requirePlans(Actor actor, Centre centre) {
        if (!actor.may(Access.PLANNING, centre.code())) {
            throw AccessDeniedException.on(actor, Access.PLANNING, centre.code());
        }
    }
}
