package be.pfe.operations.web.session;

import be.pfe.operations.domain.session.SessionListItem;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.scheduling.session.PlanSession;
import be.pfe.operations.web.centre.Catalogue;
import be.pfe.operations.web.centre.CourseDto;
import be.pfe.operations.web.centre.RoomDto;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The form that plans a new session. Refusals are shown beside the field concerned; nothing is saved. */
@Named
@ViewScoped
public class SessionFormPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "sessionForm";

    @Inject
    Sessions sessions;
    @Inject
    Catalogue catalogue;
    @Inject
    UserPreferences preferences;
    @Inject
    be.pfe.operations.domain.access.Actor actor;

    private String centre;
    private String course;
    private String room;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer seatCapacity;
    private Language teachingLanguage = Language.FR;

    private List<CourseDto> courses;
    private List<RoomDto> rooms;

    @PostConstruct
    void init() {
        // the form is for those who plan sessions somewhere; others are refused the page whole
        actor.requireAny(be.pfe.operations.domain.access.Access.PLANNING);
        centre = preferences.getCentreCode();
        if (centre == null) {
            centre = actor.scope(be.pfe.operations.domain.access.Access.PLANNING).single().orElse(null);
        }
        courses = catalogue.courses().stream().filter(view -> !view.retired()).toList();
        loadRooms();
    }

    /** The centre changed: offer its rooms. */
    public void centreChanged() {
        room = null;
        loadRooms();
    }

    private void loadRooms() {
        rooms = centre == null ? List.of() : catalogue.rooms(centre);
    }

    public String save() {
        try {
            SessionListItem planned = sessions.plan(new PlanSession(centre, course, room, startDate, endDate,
                    seatCapacity, teachingLanguage));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesMessages.info("page.sessionForm.saved", planned.courseCode(), planned.startDate());
            return "/session?faces-redirect=true&id=" + planned.id();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
            return null;
        }
    }

    /**
     * The course changed: the teaching language becomes the course's, until the catalogue gives each course its own
     * (then read it here): Dutch for courses provided by VDAB Brussel, French otherwise. Staff may still change it.
     */
    public void courseChanged() {
        courses.stream().filter(view -> view.code().equals(course)).findFirst()
                .ifPresent(view -> teachingLanguage = view.teachingLanguage() != null ? view.teachingLanguage()
                        : Language.FR);
    }

    public String courseLabel(CourseDto view) {
        return view.code() + " - " + view.title(preferences.getLanguage());
    }

    public List<CourseDto> getCourses() {
        return courses;
    }

    public List<RoomDto> getRooms() {
        return rooms;
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        this.centre = centre;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getSeatCapacity() {
        return seatCapacity;
    }

    public void setSeatCapacity(Integer seatCapacity) {
        this.seatCapacity = seatCapacity;
    }

    public Language getTeachingLanguage() {
        return teachingLanguage;
    }

    public void setTeachingLanguage(Language teachingLanguage) {
        this.teachingLanguage = teachingLanguage;
    }
}
