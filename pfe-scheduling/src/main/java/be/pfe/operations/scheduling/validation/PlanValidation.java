package be.pfe.operations.scheduling.validation;

import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.shared.Language;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What staff ask for when they plan a skills validation session: a unit of competence (a course of kind
 * VALIDATION), a day and its test times, the validation lab, the assessor, the seats for candidates. Fields may
 * be missing (a form or a REST body); {@link ValidationPlanning} refuses what is incomplete, field by field.
 */
public record PlanValidation(@Names(RecordKind.CENTRE) String centreCode, String unitCode, String roomCode, String assessorCode,
                             LocalDate date, LocalTime start, LocalTime end, Integer seatCapacity,
                             Language language) {
}
