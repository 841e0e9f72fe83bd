package be.pfe.operations.domain.validation;

import java.util.List;
import java.util.Optional;

/** The candidates of skills validation sessions. */
public interface ValidationCandidates {

    List<ValidationCandidate> ofSession(long sessionId);

    Optional<ValidationCandidate> byId(long id);

    Optional<ValidationCandidate> of(long sessionId, long learnerId);

    /** Another candidate (of any session) holds this certificate number. */
    boolean certificateTaken(String certificateNumber, long exceptCandidateId);

    /**
     * The next free number of a series {@code <prefix><5 digits>} (e.g. {@code DIGITALCITY-2047-00012}); the
     * series is locked until the transaction ends, so two sessions never hand out the same number.
     */
    String nextCertificateNumber(String prefix);

    ValidationCandidate add(ValidationCandidate candidate);
}
