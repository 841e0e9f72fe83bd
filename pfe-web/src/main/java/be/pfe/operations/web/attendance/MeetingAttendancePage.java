package be.pfe.operations.web.attendance;

import java.time.Clock;
import be.pfe.operations.domain.attendance.AttendanceMark;
import be.pfe.operations.domain.calendar.MeetingStatus;
import be.pfe.operations.domain.calendar.Meetings;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.scheduling.attendance.LearnerAttendance;
import be.pfe.operations.web.i18n.Messages;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attendance grid of a session: pick a meeting, every learner with a seat is listed with one button per
 * mark; "all present" marks the whole group in one click, and the exceptions are changed before saving. The
 * attendance rate of each learner is shown beside them.
 */
@Named
@ViewScoped
public class MeetingAttendancePage implements Serializable {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;
    static final String FORM = "attendanceForm";

    @Inject
    Attendance recording;
    @Inject
    Meetings meetings;
    @Inject
    UserPreferences preferences;
    @Inject
    be.pfe.operations.web.session.Sessions sessions;

    private Long session;
    private String sessionTitle;
    private Long meeting;
    private List<MeetingChoice> meetingChoices = List.of();
    private List<LearnerAttendance> learners = List.of();
    /** The marks on the page, per enrolment id, as the names of {@link AttendanceMark} (what the buttons submit). */
    private final Map<Long, String> marks = new HashMap<>();

    /** A meeting as the list of meetings offers it. */
    public record MeetingChoice(long id, String label) {
    }

    /** Deep link: {@code attendance.xhtml?session=42}. */
    public void load() {
        if (session == null) {
            FacesMessages.info("page.sessionEnrolments.noSession");
            return;
        }
        try {
            // the session's attendance first: it checks that the reader may see this session's learners at all
            learners = recording.ofSession(session).learners();
            var read = sessions.byId(session);
            sessionTitle = Messages.text(preferences.getLocale(), "page.attendance.titleOf", read.courseCode(),
                    read.title(preferences.getLanguage()), read.startDate(), read.endDate());
            var scheduled = meetings.ofSession(session).stream()
                    .filter(m -> m.status() == MeetingStatus.SCHEDULED)
                    .sorted(java.util.Comparator.comparing((be.pfe.operations.domain.calendar.Meeting m) -> m.time().date())
                            .thenComparing(m -> m.time().start())).toList();
            meetingChoices = scheduled.stream()
                    .map(m -> new MeetingChoice(m.id(), Messages.text(preferences.getLocale(), "page.attendance.meeting",
                            m.time().date(), m.time().start().toString(), m.time().end().toString())))
                    .toList();
            if (meeting == null && !scheduled.isEmpty()) {
                // today's meeting, else the next one, else the last one held
                java.time.LocalDate today = java.time.LocalDate.now(clock);
                meeting = scheduled.stream().filter(m -> !m.time().date().isBefore(today)).findFirst()
                        .orElse(scheduled.get(scheduled.size() - 1)).id();
            }
            refresh();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    private void refresh() {
        learners = recording.ofSession(session).learners();
        marks.clear();
        if (meeting != null) {
            recording.marks(session).getOrDefault(meeting, Map.of())
                    .forEach((enrolment, mark) -> marks.put(enrolment, mark.name()));
        }
    }

    public void meetingChanged() {
        refresh();
    }

    /** One click for the whole group; the exceptions are changed afterwards. */
    public void allPresent() {
        learners.forEach(learner -> marks.put(learner.enrolmentId(), AttendanceMark.PRESENT.name()));
    }

    public void save() {
        if (meeting == null) {
            return;
        }
        try {
            Map<Long, AttendanceMark> entered = new HashMap<>();
            marks.forEach((enrolment, mark) -> {
                if (mark != null && !mark.isBlank()) {
                    entered.put(enrolment, AttendanceMark.valueOf(mark));
                }
            });
            recording.record(meeting, entered);
            FacesMessages.info("page.attendance.saved", entered.size());
            refresh();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    /** The rate as a percentage, or a dash before any expected meeting. */
    public String rate(LearnerAttendance learner) {
        Double rate = learner.attendance().rate();
        return rate == null ? "-" : Math.round(rate * 100) + " %";
    }

    public List<AttendanceMark> getMarkChoices() {
        return List.of(AttendanceMark.values());
    }

    public Map<Long, String> getMarks() {
        return marks;
    }

    public List<MeetingChoice> getMeetingChoices() {
        return meetingChoices;
    }

    public List<LearnerAttendance> getLearners() {
        return learners;
    }

    /** The session the page is for, e.g. "TEC-SOUD-01 Semi-automatic welder (3 Mar 2026 – 26 Jun 2026)". */
    public String getSessionTitle() {
        return sessionTitle;
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public Long getMeeting() {
        return meeting;
    }

    public void setMeeting(Long meeting) {
        this.meeting = meeting;
    }


}
