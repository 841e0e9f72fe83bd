package be.pfe.operations.web.catalogue;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.trainer.TrainerInput;
import be.pfe.operations.web.centre.Catalogue;
import be.pfe.operations.web.centre.CatalogueEditing;
import be.pfe.operations.web.centre.CentreDto;
import be.pfe.operations.web.centre.CourseDto;
import be.pfe.operations.web.trainer.TrainerDetails;
import be.pfe.operations.web.trainer.TrainerDirectory;
import be.pfe.operations.web.trainer.TrainerDto;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The trainers page: the trainers of a centre (or all), and, for those who plan one of a trainer's centres, a dialog
 * that changes them: partner, centres, qualifications, weekly availability and absences. Refusals beside the fields.
 */
@Named
@ViewScoped
public class TrainersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DIALOG_FORM = "trainerForm";

    @Inject
    TrainerDirectory directory;
    @Inject
    CatalogueEditing editing;
    @Inject
    Catalogue catalogue;
    @Inject
    PartnerOrganisations partnerOrganisations;
    @Inject
    UserPreferences preferences;
    @Inject
    Actor actor;

    private String centreFilter;
    private List<TrainerDto> trainers = List.of();

    private boolean open;
    private String editingTrainer;
    private Long version;
    private String code;
    private String name;
    private String partner;
    private List<String> centres = new ArrayList<>();
    private List<String> qualifications = new ArrayList<>();
    private List<Slot> availability = new ArrayList<>();
    private List<Period> absences = new ArrayList<>();

    /** A weekly time being edited: times as typed (HH:mm). */
    public static class Slot implements Serializable {
        private static final long serialVersionUID = 1L;
        private DayOfWeek day = DayOfWeek.MONDAY;
        private String start = "09:00";
        private String end = "17:00";

        public Slot() {
        }

        Slot(DayOfWeek day, String start, String end) {
            this.day = day;
            this.start = start;
            this.end = end;
        }

        public DayOfWeek getDay() { return day; }
        public void setDay(DayOfWeek day) { this.day = day; }
        public String getStart() { return start; }
        public void setStart(String start) { this.start = start; }
        public String getEnd() { return end; }
        public void setEnd(String end) { this.end = end; }
    }

    /** An absence being edited. */
    public static class Period implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate start;
        private LocalDate end;

        public LocalDate getStart() { return start; }
        public void setStart(LocalDate start) { this.start = start; }
        public LocalDate getEnd() { return end; }
        public void setEnd(LocalDate end) { this.end = end; }
    }

    @PostConstruct
    void init() {
        centreFilter = preferences.getCentreCode();
        load();
    }

    public void load() {
        try {
            trainers = directory.list(centreFilter == null || centreFilter.isBlank() ? null : centreFilter);
        } catch (BusinessRuleException refusal) {
            trainers = List.of();
            FacesMessages.refused(refusal, "trainersForm");
        }
    }

    /** Whether the user may change this trainer: they plan one of the trainer's centres. */
    public boolean mayChange(TrainerDto trainer) {
        return trainer.centres().stream().anyMatch(centre -> actor.may(Access.PLANNING, centre));
    }

    public String centresOf(TrainerDto trainer) {
        return String.join(", ", trainer.centres());
    }

    public void cancel() {
        open = false;
    }

    public boolean isOpen() {
        return open;
    }

    public void startNew() {
        open = true;
        editingTrainer = null;
        version = null;
        code = null;
        name = null;
        partner = null;
        centres = new ArrayList<>(actor.homeCentre().filter(c -> actor.may(Access.PLANNING, c)).stream().toList());
        qualifications = new ArrayList<>();
        availability = new ArrayList<>();
        absences = new ArrayList<>();
    }

    public void edit(TrainerDto row) {
        try {
            TrainerDetails trainer = directory.details(row.code(), preferences.getLanguage());
            open = true;
            editingTrainer = trainer.code();
            version = trainer.version();
            code = trainer.code();
            name = trainer.name();
            partner = trainer.partner().code();
            centres = new ArrayList<>(trainer.centres());
            qualifications = new ArrayList<>(trainer.qualifications().stream()
                    .map(TrainerDetails.Qualification::course).toList());
            availability = new ArrayList<>(trainer.availability().stream()
                    .map(slot -> new Slot(slot.day(), slot.start().toString(), slot.end().toString())).toList());
            absences = new ArrayList<>();
            for (TrainerDetails.Absence absence : trainer.absences()) {
                Period period = new Period();
                period.setStart(absence.start());
                period.setEnd(absence.end());
                absences.add(period);
            }
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, "trainersForm");
        }
    }

    public void addSlot() {
        availability.add(new Slot());
    }

    /** Monday to Friday, 09:00 to 17:00 (the usual week, changed afterwards where it differs). */
    public void addWeekdays() {
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            if (availability.stream().noneMatch(slot -> slot.getDay() == day)) {
                availability.add(new Slot(day, "09:00", "17:00"));
            }
        }
    }

    public void removeSlot(Slot slot) {
        availability.remove(slot);
    }

    public void addAbsence() {
        absences.add(new Period());
    }

    public void removeAbsence(Period period) {
        absences.remove(period);
    }

    public void save() {
        try {
            List<TrainerInput.Availability> times = new ArrayList<>();
            for (Slot slot : availability) {
                times.add(new TrainerInput.Availability(slot.getDay(), time(slot.getStart()), time(slot.getEnd())));
            }
            TrainerInput input = new TrainerInput(code, name, partner, centres, qualifications, times,
                    absences.stream().map(p -> new TrainerInput.Absence(p.getStart(), p.getEnd())).toList());
            TrainerDetails saved = editingTrainer == null
                    ? editing.createTrainer(input, preferences.getLanguage())
                    : editing.changeTrainer(editingTrainer, version, input, preferences.getLanguage());
            FacesMessages.info("page.trainers.saved", saved.code());
            open = false;
            load();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, DIALOG_FORM);
        }
    }

    private static LocalTime time(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : LocalTime.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("trainer.availability.time", "availability", typed);
        }
    }

    public List<CentreDto> getAllCentres() {
        return catalogue.centres();
    }

    public List<CourseDto> getCourses() {
        return catalogue.courses().stream().filter(course -> !course.retired()
                || qualifications.contains(course.code())).toList();
    }

    public String courseLabel(CourseDto course) {
        return course.code() + " - " + course.title(preferences.getLanguage());
    }

    private transient java.util.Map<String, String> partnerNames;

    public List<PartnerOrganisation> getPartners() {
        return partnerOrganisations.all();
    }

    /** A partner's name, for the table (the API keeps its code). */
    public String partnerName(String code) {
        if (partnerNames == null) {
            partnerNames = new java.util.HashMap<>();
            partnerOrganisations.all().forEach(partner -> partnerNames.put(partner.code(), partner.name()));
        }
        return partnerNames.getOrDefault(code, code);
    }

    public List<DayOfWeek> getDays() {
        return List.of(DayOfWeek.values());
    }

    public List<TrainerDto> getTrainers() { return trainers; }
    public boolean isEditing() { return editingTrainer != null; }
    public String getCentreFilter() { return centreFilter; }
    public void setCentreFilter(String centreFilter) { this.centreFilter = centreFilter; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPartner() { return partner; }
    public void setPartner(String partner) { this.partner = partner; }
    public List<String> getCentres() { return centres; }
    public void setCentres(List<String> centres) { this.centres = centres; }
    public List<String> getQualifications() { return qualifications; }
    public void setQualifications(List<String> qualifications) { this.qualifications = qualifications; }
    public List<Slot> getAvailability() { return availability; }
    public List<Period> getAbsences() { return absences; }
}
