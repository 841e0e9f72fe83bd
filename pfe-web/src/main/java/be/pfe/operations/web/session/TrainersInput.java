package be.pfe.operations.web.session;

import be.pfe.operations.scheduling.conflict.ConflictGate;

import java.util.List;

/**
 * The body that gives a session its trainers, by code: {@code {"trainers":["MLEMAIRE"]}}; to save despite warnings,
 * say why ({@code acceptanceReason}), recorded as the signed-in user's acceptance.
 */
public record TrainersInput(List<String> trainers, String acceptanceReason) {

    ConflictGate.Acceptance acceptance(String who) {
        return ConflictGate.Acceptance.ifGiven(who, acceptanceReason);
    }
}
