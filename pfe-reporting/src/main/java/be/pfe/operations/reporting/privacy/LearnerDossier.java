package be.pfe.operations.reporting.privacy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything held on one learner (subject-access export, GDPR art. 15): identity, enrolments with every step of
 * their history, attendance, placements with their visits, screenings, validations and certificates. The national
 * register number is given in full here, and only here, to an authorised user.
 */
public record LearnerDossier(long learnerId, OffsetDateTime generatedAt, String generatedBy, Identity identity,
                             List<EnrolmentEntry> enrolments, List<AttendanceEntry> attendance,
                             List<PlacementEntry> placements, List<ScreeningEntry> screenings,
                             List<ValidationEntry> validations, List<MessageEntry> messages) {

    /** A message written to the learner or to their referring partner (the outbox), with its status. */
    public record MessageEntry(OffsetDateTime createdAt, String kind, String recipientKind, String recipient,
                               String subject, String status, OffsetDateTime sentAt) {
    }

    public record Identity(String familyName, String givenName, LocalDate birthDate, String nationalRegisterNumber,
                           String email, String phone, String language, String entryStatus, String educationLevel,
                           OffsetDateTime registeredAt, OffsetDateTime pseudonymisedAt, String postalAddress) {
    }

    public record EnrolmentEntry(long enrolmentId, long sessionId, String centre, String course, String courseTitle,
                                 LocalDate sessionStart, LocalDate sessionEnd, String status, LocalDate appliedOn,
                                 String partner, String targetGroups, String outcomeReason, LocalDate outcomeDate,
                                 List<TransitionEntry> history) {
    }

    public record TransitionEntry(int step, String fromStatus, String toStatus, OffsetDateTime occurredAt,
                                  String actor, String reason) {
    }

    public record AttendanceEntry(long sessionId, String course, LocalDate date, LocalTime start, LocalTime end,
                                  String mark, String recordedBy) {
    }

    public record PlacementEntry(long placementId, String company, String enterpriseNumber, String centre, String type,
                                 LocalDate startDate, LocalDate endDate, int hours, String status,
                                 String workplaceTutor, String centreCoach, String outcome, LocalDate followUpDate,
                                 String followUpOutcome, String recordedBy, List<VisitEntry> visits) {
    }

    public record VisitEntry(LocalDate date, String visitedBy, String notes, String recordedBy) {
    }

    public record ScreeningEntry(long screeningId, LocalDate date, String centre, String course, String occupation,
                                 String assessor, String testsTaken, String result, String recommendation,
                                 String recordedBy) {
    }

    public record ValidationEntry(long sessionId, String centre, String unit, String unitTitle, String occupation,
                                  LocalDate date, String result, String certificateNumber, LocalDate certificateDate,
                                  String recordedBy) {
    }
}
