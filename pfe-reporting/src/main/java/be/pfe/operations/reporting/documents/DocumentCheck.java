package be.pfe.operations.reporting.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What a numbered document (about an enrolment, or a placement for an agreement) attested when it was issued (the answer to "is this document genuine?"). */
public record DocumentCheck(String number, String kind, Long enrolmentId, long learnerId, Long sessionId,
                            LocalDate periodStart, LocalDate periodEnd, String figures, OffsetDateTime issuedAt,
                            String issuedBy, Long placementId) {
}
