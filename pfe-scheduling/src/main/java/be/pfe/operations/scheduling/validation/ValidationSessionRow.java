package be.pfe.operations.scheduling.validation;

import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.LocalizedText;

import java.time.LocalDate;
import java.time.LocalTime;

/** One validation session as lists show it, read in one query: unit, occupation, test time, lab, assessor, candidates. */
public record ValidationSessionRow(long sessionId, String centreCode, String unitCode, String titleFr, String titleNl,
                                   String titleEn, String occupation, LocalDate date, LocalTime start, LocalTime end,
                                   String roomCode, String assessorCode, String assessorName, int seatCapacity,
                                   int candidates, int passed, SessionStatus status) {

    public String title(Language language) {
        return LocalizedText.pick(language, titleFr, titleNl, titleEn);
    }
}
