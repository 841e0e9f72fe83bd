package be.pfe.operations.domain.course;

/**
 * What a course of the catalogue is: a training (its sessions teach, learners enrol and fill seats) or a unit of
 * competence (its sessions are skills validations: a test in a validation lab before an assessor, with candidates
 * who may earn a skills certificate). Validations do not count as training in the seat figures.
 */
public enum CourseKind {
    TRAINING,
    VALIDATION
}
