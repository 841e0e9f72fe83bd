package be.pfe.operations.domain.plan;

/** The centres' two pillars: training and skills validation (Bruxelles Formation), employment (Actiris). */
public enum Pillar {
    TRAINING_VALIDATION, EMPLOYMENT
}
