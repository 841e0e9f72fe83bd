package be.pfe.operations.reporting.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What a numbered document attested when it was issued (the answer to "is this document genuine?"). */
public record DocumentCheck(String number, String kind, long enrolmentId, long learnerId, long sessionId,
                            LocalDate periodStart, LocalDate periodEnd, String figures, OffsetDateTime issuedAt,
                            String issuedBy) {
}
