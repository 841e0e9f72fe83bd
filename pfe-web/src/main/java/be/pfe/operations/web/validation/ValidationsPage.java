package be.pfe.operations.web.validation;

import java.time.Clock;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.validation.ValidationResult;
import be.pfe.operations.scheduling.conflict.ConflictGate;
import be.pfe.operations.scheduling.conflict.SchedulingConflictException;
import be.pfe.operations.scheduling.validation.CandidateResult;
import be.pfe.operations.scheduling.validation.PlanValidation;
import be.pfe.operations.scheduling.validation.ValidationSessionRow;
import be.pfe.operations.web.centre.Catalogue;
import be.pfe.operations.web.centre.RoomDto;
import be.pfe.operations.web.trainer.TrainerDirectory;
import be.pfe.operations.web.trainer.TrainerDto;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The skills validations page: the validation sessions of the chosen centre (from six months back), a form that
 * plans one (refused with its conflicts explained, like any session), and the candidates' grid of a session with
 * their results and certificate numbers.
 */
@Named
@ViewScoped
public class ValidationsPage implements Serializable {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;
    static final String PLAN_FORM = "planForm";
    static final String GRID_FORM = "gridForm";

    @Inject
    Validations validations;
    @Inject
    Catalogue catalogue;
    @Inject
    TrainerDirectory trainers;
    @Inject
    UserPreferences preferences;

    private List<ValidationSessionRow> sessions;
    private List<UnitChoice> units;
    private List<RoomDto> rooms = List.of();
    private List<TrainerDto> assessors = List.of();

    private String centre;
    private String unit;
    private String room;
    private String assessor;
    private LocalDate date;
    private LocalTime start = LocalTime.of(9, 0);
    private LocalTime end = LocalTime.of(12, 0);
    private Integer seatCapacity;
    private String acceptReason;

    private Long selected;
    private List<CandidateLine> candidates = List.of();
    private Long learnerId;

    /** A unit of competence as the form offers it. */
    public record UnitChoice(String code, String label) implements Serializable {
    }

    @PostConstruct
    void init() {
        centre = preferences.getCentreCode();
        units = validations.units().stream().map(this::choice).toList();
        loadSessions();
        centreChanged();
    }

    private UnitChoice choice(Course course) {
        return new UnitChoice(course.code(), course.code() + " - " + course.title().in(preferences.getLanguage())
                + " (" + course.occupation() + ")");
    }

    private void loadSessions() {
        sessions = validations.sessions(centre, LocalDate.now(clock).minusMonths(6));
    }

    public void centreChanged() {
        rooms = centre == null ? List.of() : catalogue.rooms(centre);
        assessors = centre == null ? List.of() : trainers.list(centre);
        room = null;
        assessor = null;
    }

    public void plan() {
        try {
            ValidationSessionRow planned = validations.plan(new PlanValidation(centre, unit, room, assessor, date, start,
                    end, seatCapacity, preferences.getLanguage()), ConflictGate.Acceptance.ifGiven(user(), acceptReason));
            FacesMessages.info("page.validations.planned", planned.unitCode(), planned.date());
            loadSessions();
            select(planned.sessionId());
            acceptReason = null;
        } catch (SchedulingConflictException conflicts) {
            FacesMessages.conflicts(conflicts, PLAN_FORM);
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, PLAN_FORM);
        }
    }

    public void select(long sessionId) {
        selected = sessionId;
        loadCandidates();
    }

    private void loadCandidates() {
        candidates = new ArrayList<>(validations.candidates(selected).stream().map(CandidateLine::new).toList());
    }

    public void addCandidate() {
        try {
            validations.addCandidate(selected, learnerId);
            learnerId = null;
            loadCandidates();
            loadSessions();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, GRID_FORM);
        }
    }

    public void saveResults() {
        try {
            validations.recordResults(selected, candidates.stream().map(CandidateLine::toResult).toList());
            FacesMessages.info("page.validations.resultsSaved");
            loadCandidates();
            loadSessions();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, GRID_FORM);
        }
    }

    private static String user() {
        String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return user != null ? user : "staff";
    }

    public String title(ValidationSessionRow row) {
        return row.title(preferences.getLanguage());
    }

    public ValidationSessionRow getSelectedSession() {
        return selected == null ? null
                : sessions.stream().filter(row -> row.sessionId() == selected).findFirst()
                .orElseGet(() -> validations.session(selected));
    }

    public List<ValidationResult> getResults() {
        return List.of(ValidationResult.values());
    }

    /** One editable line of the candidates' grid. */
    public static class CandidateLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final CandidateDto candidate;
        private ValidationResult result;
        private String certificateNumber;
        private LocalDate certificateDate;

        CandidateLine(CandidateDto candidate) {
            this.candidate = candidate;
            this.result = ValidationResult.valueOf(candidate.result());
            this.certificateNumber = candidate.certificateNumber();
            this.certificateDate = candidate.certificateDate();
        }

        CandidateResult toResult() {
            return new CandidateResult(candidate.id(), result, certificateNumber, certificateDate);
        }

        public CandidateDto getCandidate() {
            return candidate;
        }

        public ValidationResult getResult() {
            return result;
        }

        public void setResult(ValidationResult result) {
            this.result = result;
        }

        public String getCertificateNumber() {
            return certificateNumber;
        }

        public void setCertificateNumber(String certificateNumber) {
            this.certificateNumber = certificateNumber;
        }

        public LocalDate getCertificateDate() {
            return certificateDate;
        }

        public void setCertificateDate(LocalDate certificateDate) {
            this.certificateDate = certificateDate;
        }
    }

    public List<ValidationSessionRow> getSessions() {
        return sessions;
    }

    public List<UnitChoice> getUnits() {
        return units;
    }

    public List<RoomDto> getRooms() {
        return rooms;
    }

    public List<TrainerDto> getAssessors() {
        return assessors;
    }

    public List<CandidateLine> getCandidates() {
        return candidates;
    }

    public Long getSelected() {
        return selected;
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        this.centre = centre;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getAssessor() {
        return assessor;
    }

    public void setAssessor(String assessor) {
        this.assessor = assessor;
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

    public Integer getSeatCapacity() {
        return seatCapacity;
    }

    public void setSeatCapacity(Integer seatCapacity) {
        this.seatCapacity = seatCapacity;
    }

    public String getAcceptReason() {
        return acceptReason;
    }

    public void setAcceptReason(String acceptReason) {
        this.acceptReason = acceptReason;
    }

    public Long getLearnerId() {
        return learnerId;
    }

    public void setLearnerId(Long learnerId) {
        this.learnerId = learnerId;
    }
}
