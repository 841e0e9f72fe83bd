package be.pfe.operations.web.session;

import java.time.Clock;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.domain.session.SessionListItem;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.scheduling.conflict.SchedulingConflictException;
import be.pfe.operations.scheduling.seats.SeatOverview;
import be.pfe.operations.web.conflict.ConflictItem;
import be.pfe.operations.web.enrolment.Enrolling;
import be.pfe.operations.web.i18n.Messages;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one session page ({@code session.xhtml?id=42}), where staff run a session: its details and status with the
 * lifecycle's buttons (only the steps allowed now, for this reader), its trainers, its weekly pattern with the
 * meetings it makes and the days it skips, its meetings (move, cancel, make-up), its conflicts, seats and quotas,
 * links to its enrolments, attendance and calendar feed, and its history. Refusals are shown on the page; nothing
 * is saved then.
 */
@Named
@ViewScoped
public class SessionPage implements Serializable {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;
    static final String FORM = "sessionPage";

    @Inject
    Sessions sessions;
    @Inject
    SessionLifecycleDesk lifecycle;
    @Inject
    SessionCalendar calendar;
    @Inject
    SessionWorkbench workbench;
    @Inject
    Enrolling enrolling;
    @Inject
    be.pfe.operations.web.api.RecordVersions versions;
    /** The session's version as the page shows it: a change after someone else's is refused, saying so. */
    private long version;
    @Inject
    UserPreferences preferences;
    @Inject
    Actor actor;

    private Long id;
    private SessionListItem session;
    private Set<SessionLifecycleDesk.Step> steps = EnumSet.noneOf(SessionLifecycleDesk.Step.class);
    private boolean mayChange;
    private boolean administrator;
    private List<MeetingDto> meetings = List.of();
    private List<SessionWorkbench.TrainerChoice> trainers = List.of();
    private List<SessionWorkbench.TrainerChoice> qualifiedTrainers = List.of();
    private List<String> chosenTrainers = new ArrayList<>();
    private List<SlotRow> pattern = new ArrayList<>();
    private List<SessionWorkbench.SkippedDay> skipped = List.of();
    private List<ConflictItem> conflicts = List.of();
    private SeatOverview seats;
    private List<SessionEventDto> history = List.of();

    private String reason;
    private SessionStatus correctedStatus;
    private String acceptanceReason;
    private Long meetingId;
    private LocalDate meetingDate;
    private String meetingStart;
    private String meetingEnd;
    private String meetingReason;

    /** One row of the weekly pattern editor. */
    public static class SlotRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private DayOfWeek day = DayOfWeek.MONDAY;
        private String start = "09:00";
        private String end = "12:30";

        public SlotRow() {
        }

        SlotRow(WeeklySlot slot) {
            day = slot.day();
            start = slot.start().toString();
            end = slot.end().toString();
        }

        public DayOfWeek getDay() {
            return day;
        }

        public void setDay(DayOfWeek day) {
            this.day = day;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }
    }

    /** Deep link: {@code session.xhtml?id=42}. */
    public void load() {
        if (id == null) {
            FacesMessages.info("page.session.noSession");
            return;
        }
        try {
            refresh();
            pattern = new ArrayList<>(workbench.weeklyPattern(id).stream().map(SlotRow::new).toList());
            chosenTrainers = new ArrayList<>(trainers.stream().map(SessionWorkbench.TrainerChoice::code).toList());
        } catch (BusinessRuleException refusal) {
            session = null;
            FacesMessages.refused(refusal, FORM);
        }
    }

    private void refresh() {
        version = versions.version(be.pfe.operations.web.api.RecordVersions.Kind.SESSION, id);
        session = sessions.byId(id);
        steps = lifecycle.steps(session);
        mayChange = lifecycle.mayChange(session);
        administrator = lifecycle.administrator();
        meetings = calendar.meetings(id);
        trainers = workbench.trainersOf(id);
        qualifiedTrainers = mayChange ? workbench.qualifiedTrainers(id) : List.of();
        skipped = workbench.skippedDays(id);
        conflicts = workbench.conflicts(id, preferences.getLanguage());
        seats = enrolling.seats(id);
        history = lifecycle.history(id);
    }

    // the lifecycle

    public void open() {
        step(SessionLifecycleDesk.Step.OPENING, "page.session.opened");
    }

    public void close() {
        step(SessionLifecycleDesk.Step.CLOSING, "page.session.closed");
    }

    public void cancel() {
        step(SessionLifecycleDesk.Step.CANCELLATION, "page.session.cancelled");
    }

    public void correct() {
        step(SessionLifecycleDesk.Step.CORRECTION, "page.session.corrected");
    }

    private void step(SessionLifecycleDesk.Step step, String done) {
        try {
            fromVersionShown(() -> lifecycle.take(id, step, reason, correctedStatus));
            FacesMessages.info(done, session.code());
            reason = null;
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
        refresh();
    }

    // trainers and times

    public void assignTrainers() {
        try {
            fromVersionShown(() -> {
                workbench.assignTrainers(id, chosenTrainers, acceptance());
                return null;
            });
            FacesMessages.info("page.session.trainersSaved");
            acceptanceReason = null;
        } catch (SchedulingConflictException conflicts) {
            FacesMessages.conflicts(conflicts, FORM);
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
        refresh();
    }

    /** A change of the session, made only if nobody changed the session since the page showed it. */
    private <T> T fromVersionShown(java.util.function.Supplier<T> change) {
        return be.pfe.operations.web.ui.ChangedMeanwhile.save(versions,
                be.pfe.operations.web.api.RecordVersions.Kind.SESSION, id, version, change);
    }

    public void addSlot() {
        pattern.add(new SlotRow());
    }

    public void removeSlot(SlotRow row) {
        pattern.remove(row);
    }

    public void savePattern() {
        try {
            List<WeeklySlot> slots = new ArrayList<>();
            for (SlotRow row : pattern) {
                slots.add(new WeeklySlot(row.day, time(row.start, "weeklyPattern"), time(row.end, "weeklyPattern")));
            }
            List<MeetingDto> made = fromVersionShown(() -> calendar.setWeeklyPattern(id, slots, acceptance()));
            FacesMessages.info("page.session.patternSaved", made.size());
            acceptanceReason = null;
        } catch (SchedulingConflictException conflicts) {
            FacesMessages.conflicts(conflicts, FORM);
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
        refresh();
    }

    /** Chooses a meeting to move or cancel: the form below the list takes its day and times. */
    public void choose(MeetingDto meeting) {
        meetingId = meeting.id();
        meetingDate = meeting.date();
        meetingStart = meeting.start().toString();
        meetingEnd = meeting.end().toString();
    }

    public void moveMeeting() {
        try {
            calendar.move(requireMeeting(), meetingTime(), acceptance(), meetingReason);
            FacesMessages.info("page.session.meetingMoved");
            clearMeeting();
        } catch (SchedulingConflictException conflicts) {
            FacesMessages.conflicts(conflicts, FORM);
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
        refresh();
    }

    public void cancelMeeting() {
        try {
            calendar.cancel(requireMeeting(), meetingReason);
            FacesMessages.info("page.session.meetingCancelled");
            clearMeeting();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
        refresh();
    }

    public void addMakeUp() {
        try {
            calendar.addMeeting(id, meetingTime(), acceptance());
            FacesMessages.info("page.session.meetingAdded");
            clearMeeting();
        } catch (SchedulingConflictException conflicts) {
            FacesMessages.conflicts(conflicts, FORM);
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
        refresh();
    }

    private long requireMeeting() {
        if (meetingId == null) {
            throw new BusinessRuleException("page.session.chooseMeeting", "meetingDate");
        }
        return meetingId;
    }

    private MeetingTime meetingTime() {
        if (meetingDate == null) {
            throw new BusinessRuleException("page.session.meetingDateRequired", "meetingDate");
        }
        return new MeetingTime(meetingDate, time(meetingStart, "meetingStart"), time(meetingEnd, "meetingEnd"));
    }

    private void clearMeeting() {
        meetingId = null;
        meetingDate = null;
        meetingStart = null;
        meetingEnd = null;
        meetingReason = null;
        acceptanceReason = null;
    }

    private ConflictGate.Acceptance acceptance() {
        return ConflictGate.Acceptance.ifGiven(actor.username(), acceptanceReason);
    }

    private static LocalTime time(String value, String field) {
        try {
            return LocalTime.parse(value == null ? "" : value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BusinessRuleException("page.session.timeInvalid", field, value == null ? "" : value);
        }
    }

    // what the page shows

    public boolean may(String step) {
        return steps.contains(SessionLifecycleDesk.Step.valueOf(step));
    }

    /** A meeting of a past day: only administrators change it (with a reason). */
    public boolean past(MeetingDto meeting) {
        return meeting.date().isBefore(LocalDate.now(clock));
    }

    public boolean changeable(MeetingDto meeting) {
        return mayChange && "SCHEDULED".equals(meeting.status()) && (administrator || !past(meeting));
    }

    public String title() {
        return session == null ? "" : session.title(preferences.getLanguage());
    }

    public String calendarFeed() {
        return "api/v1/calendars/sessions/" + id + ".ics?lang=" + preferences.getLanguage().name().toLowerCase();
    }

    public String skippedWhy(SessionWorkbench.SkippedDay day) {
        if (day.holiday() != null) {
            return Messages.text(preferences.getLocale(), "PublicHoliday." + day.holiday());
        }
        String kind = day.closureKind() == null ? "" : Messages.text(preferences.getLocale(), "ClosureKind." + day.closureKind());
        return day.reason() == null ? kind : kind + " (" + day.reason() + ")";
    }

    public String seatTotals() {
        return seats == null ? "" : Messages.text(preferences.getLocale(), "page.session.seatTotals", seats.held(),
                seats.seatCapacity(), seats.free(), seats.waitlisted());
    }

    public long scheduledMeetings() {
        return meetings.stream().filter(meeting -> "SCHEDULED".equals(meeting.status())).count();
    }

    public List<DayOfWeek> getDays() {
        return List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
    }

    public List<SessionStatus> getCorrections() {
        return session == null ? List.of() : EnumSet.complementOf(EnumSet.of(session.status())).stream().toList();
    }

    public boolean isPersonalData() {
        return session != null && actor.may(Access.PERSONAL_DATA, session.centreCode());
    }

    // getters and setters

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SessionListItem getSession() {
        return session;
    }

    public boolean isMayChange() {
        return mayChange;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public List<MeetingDto> getMeetings() {
        return meetings;
    }

    public List<SessionWorkbench.TrainerChoice> getTrainers() {
        return trainers;
    }

    public List<SessionWorkbench.TrainerChoice> getQualifiedTrainers() {
        return qualifiedTrainers;
    }

    public List<String> getChosenTrainers() {
        return chosenTrainers;
    }

    public void setChosenTrainers(List<String> chosenTrainers) {
        this.chosenTrainers = chosenTrainers == null ? new ArrayList<>() : new ArrayList<>(chosenTrainers);
    }

    public List<SlotRow> getPattern() {
        return pattern;
    }

    public List<SessionWorkbench.SkippedDay> getSkipped() {
        return skipped;
    }

    public List<ConflictItem> getConflicts() {
        return conflicts;
    }

    public SeatOverview getSeats() {
        return seats;
    }

    public List<SessionEventDto> getHistory() {
        return history;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public SessionStatus getCorrectedStatus() {
        return correctedStatus;
    }

    public void setCorrectedStatus(SessionStatus correctedStatus) {
        this.correctedStatus = correctedStatus;
    }

    public String getAcceptanceReason() {
        return acceptanceReason;
    }

    public void setAcceptanceReason(String acceptanceReason) {
        this.acceptanceReason = acceptanceReason;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getMeetingStart() {
        return meetingStart;
    }

    public void setMeetingStart(String meetingStart) {
        this.meetingStart = meetingStart;
    }

    public String getMeetingEnd() {
        return meetingEnd;
    }

    public void setMeetingEnd(String meetingEnd) {
        this.meetingEnd = meetingEnd;
    }

    public String getMeetingReason() {
        return meetingReason;
    }

    public void setMeetingReason(String meetingReason) {
        this.meetingReason = meetingReason;
    }
}
