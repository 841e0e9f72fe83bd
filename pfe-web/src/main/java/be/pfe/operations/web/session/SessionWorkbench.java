package be.pfe.operations.web.session;

import java.time.Clock;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.RecordAccess;
import be.pfe.operations.domain.calendar.CentreClosures;
import be.pfe.operations.domain.calendar.ClosedDay;
import be.pfe.operations.domain.calendar.ClosingCalendar;
import be.pfe.operations.domain.calendar.MeetingSchedule;
import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.CourseSessions;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.trainer.Trainer;
import be.pfe.operations.domain.trainer.Trainers;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.scheduling.conflict.SessionTimetabling;
import be.pfe.operations.web.conflict.ConflictItem;
import be.pfe.operations.web.conflict.ConflictList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the session page reads and changes besides its lifecycle and meetings: its trainers (chosen among those of
 * its centre qualified for its course; the change is checked for conflicts from today on), its weekly pattern
 * and the closed days it skips, the conflicts its meetings have now.
 */
@ApplicationScoped
@Transactional
public class SessionWorkbench {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;


    @Inject
    CourseSessions sessions;
    @Inject
    Trainers trainers;
    @Inject
    CentreClosures closures;
    @Inject
    SessionTimetabling timetabling;
    @Inject
    ConflictList conflictList;
    @Inject
    RecordAccess access;

    /** A trainer as the page lists them. */
    public record TrainerChoice(String code, String name) {
        static TrainerChoice of(Trainer trainer) {
            return new TrainerChoice(trainer.code(), trainer.name());
        }
    }

    /** A day the weekly pattern skips, with why: a public holiday or a closure of the centre. */
    public record SkippedDay(LocalDate date, String holiday, String closureKind, String reason) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainerChoice> trainersOf(long sessionId) {
        return session(sessionId).trainers().stream().sorted(Comparator.comparing(Trainer::code))
                .map(TrainerChoice::of).toList();
    }

    /** The trainers who work at the session's centre and are qualified for its course (its own ones too). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainerChoice> qualifiedTrainers(long sessionId) {
        CourseSession session = session(sessionId);
        List<Trainer> found = new ArrayList<>(trainers.all(session.centre().code()).stream()
                .filter(trainer -> trainer.isQualifiedFor(session.course())).toList());
        session.trainers().stream().filter(trainer -> !found.contains(trainer)).forEach(found::add);
        return found.stream().sorted(Comparator.comparing(Trainer::code)).map(TrainerChoice::of).toList();
    }

    /** Gives the session these trainers from today on, checked for conflicts like any change of its times. */
    public void assignTrainers(long sessionId, List<String> codes, ConflictGate.Acceptance acceptance) {
        access.toSession(Access.PLANNING, sessionId);
        CourseSession session = session(sessionId);
        List<Trainer> chosen = new ArrayList<>();
        for (String code : codes) {
            chosen.add(trainers.byCode(code).orElseThrow(() -> new NotFoundException("trainer.unknown", "trainers", code)));
        }
        timetabling.reassign(sessionId, session.room(), chosen, LocalDate.now(clock), acceptance);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WeeklySlot> weeklyPattern(long sessionId) {
        return session(sessionId).weeklyPattern();
    }

    /** The days the session's weekly pattern skips over its period: public holidays, the centre's closures. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SkippedDay> skippedDays(long sessionId) {
        CourseSession session = session(sessionId);
        if (session.weeklyPattern().isEmpty()) {
            return List.of();
        }
        DateRange period = session.period();
        MeetingSchedule schedule = MeetingSchedule.generate(period, session.weeklyPattern(),
                new ClosingCalendar(period, closures.ofCentreDuring(session.centre().code(), period)));
        return schedule.skipped().stream().map(SessionWorkbench::skipped).toList();
    }

    private static SkippedDay skipped(ClosedDay day) {
        return new SkippedDay(day.date(), day.holiday() == null ? null : day.holiday().name(),
                day.kind() == null ? null : day.kind().name(), day.reason());
    }

    /** The conflicts the session's meetings have now (over its first year at most), explained. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConflictItem> conflicts(long sessionId, Language language) {
        CourseSession session = session(sessionId);
        DateRange period = session.period();
        LocalDate end = period.start().plusDays(ConflictList.MAX_DAYS - 1);
        DateRange checked = period.end().isAfter(end) ? new DateRange(period.start(), end) : period;
        try {
            return conflictList.of(session.centre().code(), checked, language).stream()
                    .filter(item -> item.sessionId() == sessionId).toList();
        } catch (BusinessRuleException refused) {
            return List.of();
        }
    }

    private CourseSession session(long sessionId) {
        access.toSession(Access.RECORDS, sessionId);
        return sessions.byId(sessionId).orElseThrow(() -> new NotFoundException("session.unknown", null, sessionId));
    }
}
