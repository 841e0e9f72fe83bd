package be.pfe.operations.web.screening;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.screening.Screening;
import be.pfe.operations.domain.screening.ScreeningDetails;
import be.pfe.operations.domain.shared.TypedText;
import be.pfe.operations.scheduling.screening.ScreeningRecording;
import be.pfe.operations.domain.access.RecordAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What the pages and the API do with screenings: recording one needs planning rights in the screening centre and in a
 * centre of the learner (and of the enrolment it feeds); reading one, the screening centre's records.
 */
@ApplicationScoped
@Transactional
public class ScreeningDesk {

    @Inject
    ScreeningRecording recording;
    @Inject
    RecordAccess access;
    @Inject
    Actor actor;

    public ScreeningDto record(ScreeningDetails details) {
        actor.require(Access.PLANNING, TypedText.chosen(details.centreCode(), "centre"));
        access.toLearner(Access.PLANNING, TypedText.chosen(details.learnerId(), "learner"));
        if (details.enrolmentId() != null) {
            access.toEnrolment(Access.PLANNING, details.enrolmentId());
        }
        return ScreeningDto.of(recording.record(details, access.username()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScreeningDto get(long id) {
        Screening screening = recording.screening(id);
        actor.require(Access.RECORDS, screening.centre().code());
        return ScreeningDto.of(screening);
    }
}
