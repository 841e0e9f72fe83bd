package be.pfe.operations.web.validation;

import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.scheduling.validation.PlanValidation;

import java.time.LocalDate;
import java.time.LocalTime;

/** The body that plans a validation session; {@code acceptReason} accepts the warnings, if any. */
public class ValidationInput {

    public String centre;
    public String unit;
    public String room;
    public String assessor;
    public LocalDate date;
    public LocalTime start;
    public LocalTime end;
    public Integer seatCapacity;
    public Language language;
    public String acceptReason;

    PlanValidation toCommand() {
        return new PlanValidation(centre, unit, room, assessor, date, start, end, seatCapacity,
                language == null ? Language.FR : language);
    }

    ConflictGate.Acceptance acceptance(String who) {
        return ConflictGate.Acceptance.ifGiven(who, acceptReason);
    }
}
