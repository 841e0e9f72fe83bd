package be.pfe.operations.domain.plan;

import be.pfe.operations.domain.shared.BusinessRuleException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a version of a plan holds: the training offer, the validations and screenings, the in-company trainings, the
 * other actions, the organisation chart and the targets. Within a section no two lines have the same key (the same
 * course and partner, the same occupation, the same action title, the same indicator...): the differences between
 * versions follow lines by their key.
 */
public record PlanContent(List<TrainingLine> training, List<ValidationLine> validations,
                          List<InCompanyLine> inCompany, List<PlanAction> actions, List<OrganisationRole> organisation,
                          List<PlanTarget> targets) {

    public static final PlanContent EMPTY = new PlanContent(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    public PlanContent {
        training = copy(training, PlanSection.TRAINING);
        validations = copy(validations, PlanSection.VALIDATION);
        inCompany = copy(inCompany, PlanSection.IN_COMPANY);
        actions = copy(actions, PlanSection.ACTION);
        organisation = copy(organisation, PlanSection.ORGANISATION);
        targets = copy(targets, PlanSection.TARGET);
    }

    private static <T extends PlanLine> List<T> copy(List<T> lines, PlanSection section) {
        if (lines == null) {
            return List.of();
        }
        Set<String> keys = new HashSet<>();
        for (T line : lines) {
            if (line == null) {
                throw new BusinessRuleException("plan.line.required", section.name());
            }
            if (!keys.add(line.key())) {
                throw new BusinessRuleException("plan.line.duplicate", null, section, line.key());
            }
        }
        return List.copyOf(lines);
    }

    /** The lines of one section. */
    public List<? extends PlanLine> lines(PlanSection section) {
        return switch (section) {
            case TRAINING -> training;
            case VALIDATION -> validations;
            case IN_COMPANY -> inCompany;
            case ACTION -> actions;
            case ORGANISATION -> organisation;
            case TARGET -> targets;
        };
    }

    public boolean isEmpty() {
        for (PlanSection section : PlanSection.values()) {
            if (!lines(section).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The same contents for the following year: the actions' deadlines move by one year, the rest stays. */
    public PlanContent nextYear() {
        return new PlanContent(training, validations, inCompany, actions.stream().map(PlanAction::nextYear).toList(),
                organisation, targets);
    }

    /** These contents with one section's lines replaced (e.g. a line added or removed on the plan page). */
    @SuppressWarnings("unchecked")
    public PlanContent with(PlanSection section, List<? extends PlanLine> lines) {
        return new PlanContent(
                section == PlanSection.TRAINING ? (List<TrainingLine>) lines : training,
                section == PlanSection.VALIDATION ? (List<ValidationLine>) lines : validations,
                section == PlanSection.IN_COMPANY ? (List<InCompanyLine>) lines : inCompany,
                section == PlanSection.ACTION ? (List<PlanAction>) lines : actions,
                section == PlanSection.ORGANISATION ? (List<OrganisationRole>) lines : organisation,
                section == PlanSection.TARGET ? (List<PlanTarget>) lines : targets);
    }
}
