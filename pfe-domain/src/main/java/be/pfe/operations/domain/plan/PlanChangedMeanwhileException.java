package be.pfe.operations.domain.plan;

import be.pfe.operations.domain.shared.BusinessRuleException;

/**
 * Someone saved the plan version after the user loaded it: their change would overwrite the other one, so it is
 * refused (the user reloads and does it again). Carries who changed it and when.
 */
public class PlanChangedMeanwhileException extends BusinessRuleException {

    public PlanChangedMeanwhileException(String changedBy, String changedAt) {
        super("plan.changedMeanwhile", null, changedBy, changedAt);
    }
}
