package be.pfe.operations.web.imports;

import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.course.CourseKind;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.learner.EducationLevel;
import be.pfe.operations.domain.learner.EntryStatus;
import be.pfe.operations.domain.placement.PlacementOutcome;
import be.pfe.operations.domain.placement.PlacementStatus;
import be.pfe.operations.domain.placement.PlacementType;
import be.pfe.operations.domain.screening.Recommendation;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.validation.ValidationResult;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.scheduling.imports.HistoryColumns;
import be.pfe.operations.scheduling.imports.ImportColumn;

import java.util.List;
import java.util.Map;

/** The values the columns of the historical files take, for their templates' second sheet. */
final class HistoryTemplates {

    private HistoryTemplates() {
    }

    static void allowed(ImportTemplates.Kind kind, Language language, Map<ImportColumn, List<String>> allowed,
                        List<String> partners) {
        switch (kind) {
            case HISTORY_COURSES -> {
                allowed.put(HistoryColumns.Course.SOURCE, partners);
                allowed.put(HistoryColumns.Course.KIND, ImportTemplates.labels(CourseKind.values(), language));
                allowed.put(HistoryColumns.Course.PARTNER, partners);
                allowed.put(HistoryColumns.Course.SECTOR, ImportTemplates.labels(Sector.values(), language));
                allowed.put(HistoryColumns.Course.LANGUAGE, ImportTemplates.labels(Language.values(), language));
            }
            case HISTORY_SESSIONS -> {
                allowed.put(HistoryColumns.Session.SOURCE, partners);
                allowed.put(HistoryColumns.Session.LANGUAGE, ImportTemplates.labels(Language.values(), language));
                allowed.put(HistoryColumns.Session.STATUS, ImportTemplates.labels(SessionStatus.values(), language));
            }
            case HISTORY_LEARNERS -> {
                allowed.put(HistoryColumns.Learner.SOURCE, partners);
                allowed.put(HistoryColumns.Learner.LANGUAGE, ImportTemplates.labels(Language.values(), language));
                allowed.put(HistoryColumns.Learner.ENTRY_STATUS, ImportTemplates.labels(EntryStatus.values(), language));
                allowed.put(HistoryColumns.Learner.EDUCATION_LEVEL,
                        ImportTemplates.labels(EducationLevel.values(), language));
            }
            case HISTORY_ENROLMENTS -> {
                allowed.put(HistoryColumns.Enrolment.SOURCE, partners);
                allowed.put(HistoryColumns.Enrolment.PARTNER, partners);
                allowed.put(HistoryColumns.Enrolment.OUTCOME, ImportTemplates.labels(new EnrolmentStatus[] {
                        EnrolmentStatus.COMPLETED, EnrolmentStatus.DROPPED_OUT, EnrolmentStatus.REFUSED,
                        EnrolmentStatus.WITHDRAWN, EnrolmentStatus.SESSION_CANCELLED}, language));
            }
            case HISTORY_COMPANIES -> {
                allowed.put(HistoryColumns.Company.SOURCE, partners);
                allowed.put(HistoryColumns.Company.SECTOR, ImportTemplates.labels(Sector.values(), language));
            }
            case HISTORY_PLACEMENTS -> {
                allowed.put(HistoryColumns.Placement.SOURCE, partners);
                allowed.put(HistoryColumns.Placement.TYPE, ImportTemplates.labels(PlacementType.values(), language));
                allowed.put(HistoryColumns.Placement.STATUS,
                        ImportTemplates.labels(PlacementStatus.values(), language));
                allowed.put(HistoryColumns.Placement.OUTCOME,
                        ImportTemplates.labels(PlacementOutcome.values(), language));
                allowed.put(HistoryColumns.Placement.FOLLOW_UP_OUTCOME,
                        ImportTemplates.labels(PlacementOutcome.values(), language));
            }
            case HISTORY_VALIDATIONS -> {
                allowed.put(HistoryColumns.Validation.SOURCE, partners);
                allowed.put(HistoryColumns.Validation.RESULT,
                        ImportTemplates.labels(ValidationResult.values(), language));
            }
            case HISTORY_SCREENINGS -> {
                allowed.put(HistoryColumns.Screening.SOURCE, partners);
                allowed.put(HistoryColumns.Screening.RECOMMENDATION,
                        ImportTemplates.labels(Recommendation.values(), language));
            }
            default -> {
            }
        }
    }
}
