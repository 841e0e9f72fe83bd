package be.pfe.operations.web.calendar;

import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.scheduling.conflict.Conflict;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.scheduling.conflict.SchedulingConflictException;
import be.pfe.operations.web.centre.Catalogue;
import be.pfe.operations.web.centre.RoomView;
import be.pfe.operations.web.i18n.Messages;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
 * The calendar page: the meetings of a centre, or of one of its rooms, by day, week or month. A meeting is
 * moved by dragging it or by editing its date and times; a move with conflicts is refused with each conflict
 * explained, unless they are warnings someone accepts with a reason.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DIALOG_FORM = "moveForm";

    @Inject
    MeetingCalendar calendar;
    @Inject
    Catalogue catalogue;
    @Inject
    UserPreferences preferences;

    private String centre;
    private String room;
    private LocalDate initialDate;
    private ScheduleModel model;

    private Long meetingId;
    private String meetingTitle;
    private LocalDate date;
    private LocalTime start;
    private LocalTime end;
    private String acceptanceReason;

    @PostConstruct
    void init() {
        centre = preferences.getCentreCode() != null ? preferences.getCentreCode()
                : catalogue.centres().get(0).code();
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime from, LocalDateTime to) {
                for (CalendarEntry entry : calendar.entries(centre, room,
                        new DateRange(from.toLocalDate(), to.toLocalDate()), preferences.getLanguage())) {
                    addEvent(DefaultScheduleEvent.<Long>builder()
                            .title(entry.courseCode() + " " + entry.courseTitle()
                                    + (entry.roomCode() == null ? "" : " · " + entry.roomCode()))
                            .startDate(LocalDateTime.of(entry.date(), entry.start()))
                            .endDate(LocalDateTime.of(entry.date(), entry.end()))
                            .data(entry.meetingId())
                            .editable(!entry.cancelled())
                            .styleClass(entry.cancelled() ? "pfe-meeting-cancelled" : "pfe-meeting")
                            .build());
                }
            }
        };
    }

    /** Deep links: {@code calendar.xhtml?centre=TECHNICITY&room=T-A01&date=2027-03-22}. */
    public void applyParameters() {
        if (initialDate == null) {
            initialDate = LocalDate.now(MeetingTime.BRUSSELS);
        }
    }

    public void centreChanged() {
        room = null;
    }

    public List<RoomView> getRooms() {
        return catalogue.rooms(centre);
    }

    public void onEventSelect(SelectEvent<ScheduleEvent<Long>> selected) {
        ScheduleEvent<Long> event = selected.getObject();
        meetingId = event.getData();
        meetingTitle = event.getTitle();
        date = event.getStartDate().toLocalDate();
        start = event.getStartDate().toLocalTime();
        end = event.getEndDate().toLocalTime();
        acceptanceReason = null;
    }

    public void onEventMove(ScheduleEntryMoveEvent moved) {
        ScheduleEvent<?> event = moved.getScheduleEvent();
        meetingId = (Long) event.getData();
        meetingTitle = event.getTitle();
        date = event.getStartDate().toLocalDate();
        start = event.getStartDate().toLocalTime();
        end = event.getEndDate().toLocalTime();
        acceptanceReason = null;
        if (!move()) {
            // show the dialog with the conflicts; the calendar goes back to what is stored
            org.primefaces.PrimeFaces.current().executeScript("PF('moveDialog').show()");
        }
    }

    /** Saves the move from the dialog. */
    public void save() {
        if (move()) {
            org.primefaces.PrimeFaces.current().executeScript("PF('moveDialog').hide()");
        }
    }

    private boolean move() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ConflictGate.Acceptance acceptance = acceptanceReason == null || acceptanceReason.isBlank() ? null
                    : new ConflictGate.Acceptance(faces.getExternalContext().getRemoteUser() != null
                    ? faces.getExternalContext().getRemoteUser() : "staff", acceptanceReason);
            MeetingTime moved = calendar.move(meetingId, new MeetingTime(date, start, end), acceptance);
            FacesMessages.info("page.calendar.moved", meetingTitle, moved.date(), moved.start().toString());
            return true;
        } catch (SchedulingConflictException conflicts) {
            FacesMessages.refused(conflicts, DIALOG_FORM);
            var locale = faces.getViewRoot().getLocale();
            for (Conflict conflict : conflicts.blocking()) {
                faces.addMessage(DIALOG_FORM + ":conflicts", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.text(locale, conflict.messageKey(), conflict.arguments().toArray()), null));
            }
            for (Conflict conflict : conflicts.warnings()) {
                faces.addMessage(DIALOG_FORM + ":conflicts", new FacesMessage(FacesMessage.SEVERITY_WARN,
                        Messages.text(locale, conflict.messageKey(), conflict.arguments().toArray()), null));
            }
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
