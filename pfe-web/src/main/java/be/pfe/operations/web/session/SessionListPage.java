package be.pfe.operations.web.session;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.domain.session.SessionListItem;
import be.pfe.operations.domain.session.SessionSearch;
import be.pfe.operations.domain.session.SessionStatus;
import be.pfe.operations.web.centre.Catalogue;
import be.pfe.operations.web.centre.CentreDto;
import be.pfe.operations.web.centre.CourseDto;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The sessions page: the sessions of the chosen centre (or of all the reader may read), a page at a time, narrowed
 * by course, status (as of today), period, providing partner and a free text; each row links to its session page.
 */
@Named
@ViewScoped
public class SessionListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Sessions sessions;
    @Inject
    UserPreferences preferences;
    @Inject
    Catalogue catalogue;
    @Inject
    PartnerOrganisations partnerOrganisations;
    @Inject
    Actor actor;

    private SessionLazyModel model;
    private List<CentreDto> centres;
    private List<CourseDto> courses;
    private List<String> partners;

    private String centre;
    private String course;
    private SessionStatus status;
    private LocalDate from;
    private LocalDate to;
    private String partner;
    private String text;

    @PostConstruct
    void init() {
        centre = preferences.getCentreCode();
        centres = catalogue.centres().stream().filter(c -> actor.may(Access.RECORDS, c.code())).toList();
        if (centre == null && centres.size() == 1) {
            centre = centres.get(0).code();
        }
        courses = catalogue.coursesGivenInReadableCentres();
        partners = partnerOrganisations.all().stream().map(PartnerOrganisation::code).sorted().toList();
        model = new SessionLazyModel(sessions, centre);
    }

    /** Applies the filters (the table then reads its first page again). */
    public void search() {
        model.narrow(centre, new SessionSearch.Filters(course, status, from, to, partner, text, null));
    }

    public void clear() {
        course = null;
        status = null;
        from = null;
        to = null;
        partner = null;
        text = null;
        search();
    }

    public String courseLabel(CourseDto view) {
        return view.code() + " - " + view.title(preferences.getLanguage());
    }

    public LazyDataModel<SessionListItem> getModel() {
        return model;
    }

    public List<CentreDto> getCentres() {
        return centres;
    }

    public boolean isAllCentres() {
        return actor.may(Access.RECORDS, null);
    }

    public List<CourseDto> getCourses() {
        return courses;
    }

    public List<String> getPartners() {
        return partners;
    }

    public List<SessionStatus> getStatuses() {
        return List.of(SessionStatus.values());
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

    public SessionStatus getStatus() {
        return status;
    }

    public void setStatus(SessionStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
