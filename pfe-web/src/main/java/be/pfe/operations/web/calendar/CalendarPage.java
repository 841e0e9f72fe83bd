package be.pfe.operations.web.calendar;

import java.time.Clock;
import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.scheduling.conflict.Conflict;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.scheduling.conflict.SchedulingConflictException;
import be.pfe.operations.web.centre.Catalogue;
import be.pfe.operations.web.centre.RoomDto;
import be.pfe.operations.web.i18n.Messages;
import be.pfe.operations.web.session.MeetingDto;
import be.pfe.operations.web.session.SessionCalendar;
import be.pfe.operations.web.trainer.TrainerDirectory;
import be.pfe.operations.web.trainer.TrainerDto;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.CentreChoices;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The calendar page: the meetings of a centre, of one of its rooms, or of one trainer in every centre, by day,
 * week or month; meetings with a conflict are highlighted and explained. From a meeting's dialog, staff move
 * it (or drag it), cancel it, add a make-up meeting, or move its whole session by some days; a change with
 * conflicts is refused with each conflict explained, unless they are warnings someone accepts with a reason.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;
    static final String DIALOG_FORM = "moveForm";

    @Inject
    MeetingCalendar calendar;
    @Inject
    SessionCalendar sessions;
    @Inject
    Catalogue catalogue;
    @Inject
    TrainerDirectory trainers;
    @Inject
    UserPreferences preferences;
    @Inject
    CentreChoices centreChoices;
    @Inject
    be.pfe.operations.domain.access.Actor actor;

    private String centre;
    private String room;
    private String trainer;
    private LocalDate initialDate;
    private ScheduleModel model;

    private Long meetingId;
    private Long sessionId;
    private boolean meetingCancelled;
    private String meetingTitle;
    private LocalDate date;
    private LocalTime start;
    private LocalTime end;
    private String acceptanceReason;
    private String cancellationReason;
    private Integer shiftDays;

    @PostConstruct
    void init() {
        centre = centreChoices.startingCentre(preferences.getCentreCode());
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime from, LocalDateTime to) {
                String cancelled = Messages.text(preferences.getLocale(), "page.calendar.cancelledLabel");
                for (CalendarEntry entry : calendar.entries(centre, room, trainer,
                        new DateRange(from.toLocalDate(), to.toLocalDate()), preferences.getLanguage())) {
                    addEvent(event(entry, cancelled));
                }
            }
        };
    }

    private static ScheduleEvent<Long> event(CalendarEntry entry, String cancelledLabel) {
        boolean conflicting = !entry.conflicts().isEmpty();
        String styleClass = entry.cancelled() ? "pfe-meeting-cancelled"
                : conflicting ? "pfe-meeting pfe-meeting-conflict" : "pfe-meeting";
        return DefaultScheduleEvent.<Long>builder()
                .title((entry.cancelled() ? cancelledLabel + " · " : "") + (conflicting ? "\u26a0 " : "") + entry.courseCode() + " " + entry.courseTitle()
                        + (entry.roomCode() == null ? "" : " · " + entry.roomCode()))
                .description(String.join("\n", entry.conflicts()))
                .startDate(LocalDateTime.of(entry.date(), entry.start()))
                .endDate(LocalDateTime.of(entry.date(), entry.end()))
                .data(entry.meetingId())
                .editable(!entry.cancelled())
                .styleClass(styleClass)
                .build();
    }

    /** Deep links: {@code calendar.xhtml?centre=TECHNICITY&room=T-A01&date=2027-03-22}, or {@code ?trainer=CODE}. */
    public void applyParameters() {
        // an unknown centre or room is "not found" (404), another centre's calendar "not allowed" (403): the page whole
        if (centre == null) {
            actor.requireAny(be.pfe.operations.domain.access.Access.RECORDS);
        } else {
            catalogue.centre(centre);
            actor.require(be.pfe.operations.domain.access.Access.RECORDS, centre);
            if (room != null && catalogue.rooms(centre).stream().noneMatch(r -> room.equals(r.code()))) {
                throw new be.pfe.operations.domain.shared.NotFoundException("room.unknown", null, room, centre);
            }
        }
        if (initialDate == null) {
            // the week of the next meeting (this week when it has one), not an empty week
            LocalDate today = LocalDate.now(clock);
            initialDate = today;
            try {
                calendar.entries(centre, room, trainer, new DateRange(today, today.plusWeeks(26)),
                                preferences.getLanguage()).stream()
                        .filter(entry -> !entry.cancelled()).map(CalendarEntry::date)
                        .filter(date -> !date.isBefore(today)).min(java.util.Comparator.naturalOrder())
                        .ifPresent(date -> initialDate = date);
            } catch (BusinessRuleException refused) {
                // the page is refused (or shows why) as it loads its meetings
            }
        }
    }

    public void centreChanged() {
        room = null;
    }

    public List<RoomDto> getRooms() {
        return catalogue.rooms(centre);
    }

    public List<TrainerDto> getTrainers() {
        return trainers.list(null);
    }

    public void onEventSelect(SelectEvent<ScheduleEvent<Long>> selected) {
        show(selected.getObject());
    }

    public void onEventMove(ScheduleEntryMoveEvent moved) {
        @SuppressWarnings("unchecked")
        ScheduleEvent<Long> event = (ScheduleEvent<Long>) moved.getScheduleEvent();
        show(event);
        if (!attempt(this::moveMeeting)) {
            // show the dialog with the conflicts; the calendar goes back to what is stored
            PrimeFaces.current().executeScript("PF('moveDialog').show()");
        }
    }

    private void show(ScheduleEvent<Long> event) {
        meetingId = event.getData();
        MeetingDto meeting = sessions.meeting(meetingId);
        sessionId = meeting.sessionId();
        meetingCancelled = "CANCELLED".equals(meeting.status());
        String cancelledLabel = Messages.text(preferences.getLocale(), "page.calendar.cancelledLabel") + " · ";
        meetingTitle = event.getTitle().startsWith(cancelledLabel)
                ? event.getTitle().substring(cancelledLabel.length()) : event.getTitle(); // the dialog says it apart
        date = event.getStartDate().toLocalDate();
        start = event.getStartDate().toLocalTime();
        end = event.getEndDate().toLocalTime();
        acceptanceReason = null;
        cancellationReason = null;
        shiftDays = null;
    }

    /** Moves the meeting to the date and times of the dialog. */
    public void save() {
        closeIf(attempt(this::moveMeeting));
    }

    /** Adds a make-up meeting of the same session at the date and times of the dialog. */
    public void addMakeUp() {
        closeIf(attempt(() -> {
            MeetingDto added = sessions.addMeeting(sessionId, new MeetingTime(date, start, end), acceptance());
            FacesMessages.info("page.calendar.madeUp", meetingTitle, added.date(), added.start().toString());
        }));
    }

    public void cancelMeeting() {
        closeIf(attempt(() -> {
            MeetingDto cancelled = sessions.cancel(meetingId, cancellationReason);
            FacesMessages.info("page.calendar.cancelled", meetingTitle, cancelled.date());
        }));
    }

    /** Moves the whole session of the meeting by the days given. */
    public void shiftSession() {
        closeIf(attempt(() -> {
            sessions.shift(sessionId, shiftDays, acceptance());
            FacesMessages.info("page.calendar.shifted", meetingTitle, shiftDays);
        }));
    }

    private void moveMeeting() {
        MeetingDto moved = sessions.move(meetingId, new MeetingTime(date, start, end), acceptance());
        FacesMessages.info("page.calendar.moved", meetingTitle, moved.date(), moved.start().toString());
    }

    private ConflictGate.Acceptance acceptance() {
        String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return ConflictGate.Acceptance.ifGiven(user != null ? user : "staff", acceptanceReason);
    }

    private static void closeIf(boolean done) {
        if (done) {
            PrimeFaces.current().executeScript("PF('moveDialog').hide()");
        }
    }

    /** Makes the change; when refused, tells why in the dialog, each conflict explained, and returns false. */
    private boolean attempt(Runnable change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            change.run();
            return true;
        } catch (SchedulingConflictException conflicts) {
            FacesMessages.conflicts(conflicts, DIALOG_FORM);
            return false;
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, DIALOG_FORM);
            return false;
        }
    }

    /** The calendar widget's locale: British English for English (weeks start on Monday, 24-hour times). */
    public String getCalendarLocale() {
        return switch (preferences.getLanguage()) {
            case FR -> "fr";
            case NL -> "nl";
            case EN -> "en_GB";
        };
    }

    public ScheduleModel getModel() {
        return model;
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        if (centre != null && !centre.isBlank()) {
            this.centre = centre;
        }
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room == null || room.isBlank() ? null : room;
    }

    public LocalDate getInitialDate() {
        return initialDate;
    }

    public void setInitialDate(LocalDate initialDate) {
        this.initialDate = initialDate;
    }

    public String getTrainer() {
        return trainer;
    }

    public void setTrainer(String trainer) {
        this.trainer = trainer == null || trainer.isBlank() ? null : trainer;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public boolean isMeetingCancelled() {
        return meetingCancelled;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }

    public Integer getShiftDays() {
        return shiftDays;
    }

    public void setShiftDays(Integer shiftDays) {
        this.shiftDays = shiftDays;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getMeetingTitle() {
        return meetingTitle;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getAcceptanceReason() {
        return acceptanceReason;
    }

    public void setAcceptanceReason(String acceptanceReason) {
        this.acceptanceReason = acceptanceReason;
    }
}
