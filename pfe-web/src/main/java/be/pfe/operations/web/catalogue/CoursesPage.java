package be.pfe.operations.web.catalogue;

import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.course.CourseDetails;
import be.pfe.operations.domain.course.CourseKind;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.domain.room.RoomType;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.web.centre.Catalogue;
import be.pfe.operations.web.centre.CatalogueEditing;
import be.pfe.operations.web.centre.CourseDetailsDto;
import be.pfe.operations.web.centre.CourseDto;
import be.pfe.operations.web.trainer.TrainerDirectory;
import be.pfe.operations.web.trainer.TrainerDto;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The courses page: the catalogue in a lazy table with filters (text, sector, kind, offered or retired); those who
 * plan a centre create, change and retire courses in a dialog. Refusals beside the field concerned.
 */
@Named
@ViewScoped
public class CoursesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DIALOG_FORM = "courseForm";

    /** Which courses the table shows. */
    public enum Status { OFFERED, RETIRED, ALL }

    @Inject
    Catalogue catalogue;
    @Inject
    CatalogueEditing editing;
    @Inject
    TrainerDirectory trainerDirectory;
    @Inject
    PartnerOrganisations partnerOrganisations;
    @Inject
    UserPreferences preferences;

    private String search;
    private Sector sectorFilter;
    private CourseKind kindFilter;
    private Status status = Status.OFFERED;
    private CourseLazyModel model;

    private String editing2;
    private Long version;
    private String code;
    private String titleFr;
    private String titleNl;
    private String titleEn;
    private CourseKind kind = CourseKind.TRAINING;
    private String occupation;
    private Sector sector = Sector.TECHNOLOGY_INDUSTRY;
    private String providingPartner;
    private Language teachingLanguage = Language.FR;
    private Integer durationHours;
    private boolean shortageOccupation;
    private List<TargetGroup> targetGroups = new ArrayList<>();
    private RoomType requiredRoomType;
    private String requiredEquipment;
    private List<String> qualifiedTrainers = new ArrayList<>();

    private String retiring;
    private Long retiringVersion;

    @PostConstruct
    void init() {
        model = new CourseLazyModel(this::filtered);
    }

    private List<CourseDto> filtered() {
        String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return catalogue.courses().stream()
                .filter(course -> status == Status.ALL || course.retired() == (status == Status.RETIRED))
                .filter(course -> sectorFilter == null || course.sector() == sectorFilter)
                .filter(course -> kindFilter == null || course.kind() == kindFilter)
                .filter(course -> text.isEmpty() || (course.code() + " " + course.titleFr() + " " + course.titleNl()
                        + " " + course.titleEn()).toLowerCase(Locale.ROOT).contains(text))
                .toList();
    }

    public void startNew() {
        editing2 = null;
        version = null;
        code = null;
        titleFr = null;
        titleNl = null;
        titleEn = null;
        kind = CourseKind.TRAINING;
        occupation = null;
        sector = Sector.TECHNOLOGY_INDUSTRY;
        providingPartner = null;
        teachingLanguage = Language.FR;
        durationHours = null;
        shortageOccupation = false;
        targetGroups = new ArrayList<>();
        requiredRoomType = null;
        requiredEquipment = null;
        qualifiedTrainers = new ArrayList<>();
    }

    public void edit(CourseDto row) {
        try {
            CourseDetailsDto course = editing.course(row.code());
            editing2 = course.code();
            version = course.version();
            code = course.code();
            titleFr = course.titleFr();
            titleNl = course.titleNl();
            titleEn = course.titleEn();
            kind = course.kind();
            occupation = course.occupation();
            sector = course.sector();
            providingPartner = course.providingPartner();
            teachingLanguage = course.teachingLanguage();
            durationHours = course.durationHours();
            shortageOccupation = course.shortageOccupation();
            targetGroups = new ArrayList<>(course.targetGroups());
            requiredRoomType = course.requiredRoomType();
            requiredEquipment = String.join(", ", course.requiredEquipment());
            qualifiedTrainers = new ArrayList<>(course.qualifiedTrainers());
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, "coursesForm");
        }
    }

    public void save() {
        CourseDetails details = new CourseDetails(code, titleFr, titleNl, titleEn, kind, occupation, sector,
                providingPartner, teachingLanguage, durationHours, shortageOccupation, targetGroups, requiredRoomType,
                requiredEquipment == null || requiredEquipment.isBlank() ? List.of()
                        : Arrays.stream(requiredEquipment.split(",")).map(String::strip)
                        .filter(tag -> !tag.isEmpty()).toList(),
                qualifiedTrainers);
        try {
            CourseDetailsDto saved = editing2 == null ? editing.createCourse(details)
                    : editing.changeCourse(editing2, version, details);
            FacesMessages.info("page.courses.saved", saved.code());
            PrimeFaces.current().executeScript("PF('courseDialog').hide()");
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, DIALOG_FORM);
        }
    }

    public void askRetire(CourseDto row) {
        retiring = row.code();
        retiringVersion = row.version();
    }

    public void retire() {
        try {
            CourseDetailsDto retired = editing.retireCourse(retiring, retiringVersion);
            FacesMessages.info("page.courses.retired", retired.code());
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, "coursesForm");
        }
        PrimeFaces.current().executeScript("PF('retireDialog').hide()");
    }

    public String title(CourseDto course) {
        return course.title(preferences.getLanguage());
    }

    public String trainerLabel(TrainerDto trainer) {
        return trainer.code() + " - " + trainer.name();
    }

    public List<TrainerDto> getTrainers() {
        return trainerDirectory.list(null);
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

    public List<Sector> getSectors() {
        return List.of(Sector.values());
    }

    public List<CourseKind> getKinds() {
        return List.of(CourseKind.values());
    }

    public List<Status> getStatuses() {
        return List.of(Status.values());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public List<TargetGroup> getAllTargetGroups() {
        return List.of(TargetGroup.values());
    }

    public List<RoomType> getRoomTypes() {
        return List.of(RoomType.values());
    }

    public CourseLazyModel getModel() {
        return model;
    }

    public boolean isEditing() {
        return editing2 != null;
    }

    public String getRetiring() {
        return retiring;
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public Sector getSectorFilter() { return sectorFilter; }
    public void setSectorFilter(Sector sectorFilter) { this.sectorFilter = sectorFilter; }
    public CourseKind getKindFilter() { return kindFilter; }
    public void setKindFilter(CourseKind kindFilter) { this.kindFilter = kindFilter; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitleFr() { return titleFr; }
    public void setTitleFr(String titleFr) { this.titleFr = titleFr; }
    public String getTitleNl() { return titleNl; }
    public void setTitleNl(String titleNl) { this.titleNl = titleNl; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public CourseKind getKind() { return kind; }
    public void setKind(CourseKind kind) { this.kind = kind; }
    public String getOccupation() { return occupation; }
    public void setOccupation(String occupation) { this.occupation = occupation; }
    public Sector getSector() { return sector; }
    public void setSector(Sector sector) { this.sector = sector; }
    public String getProvidingPartner() { return providingPartner; }
    public void setProvidingPartner(String providingPartner) { this.providingPartner = providingPartner; }
    public Language getTeachingLanguage() { return teachingLanguage; }
    public void setTeachingLanguage(Language teachingLanguage) { this.teachingLanguage = teachingLanguage; }
    public Integer getDurationHours() { return durationHours; }
    public void setDurationHours(Integer durationHours) { this.durationHours = durationHours; }
    public boolean isShortageOccupation() { return shortageOccupation; }
    public void setShortageOccupation(boolean shortageOccupation) { this.shortageOccupation = shortageOccupation; }
    public List<TargetGroup> getTargetGroups() { return targetGroups; }
    public void setTargetGroups(List<TargetGroup> targetGroups) { this.targetGroups = targetGroups; }
    public RoomType getRequiredRoomType() { return requiredRoomType; }
    public void setRequiredRoomType(RoomType requiredRoomType) { this.requiredRoomType = requiredRoomType; }
    public String getRequiredEquipment() { return requiredEquipment; }
    public void setRequiredEquipment(String requiredEquipment) { this.requiredEquipment = requiredEquipment; }
    public List<String> getQualifiedTrainers() { return qualifiedTrainers; }
    public void setQualifiedTrainers(List<String> qualifiedTrainers) { this.qualifiedTrainers = qualifiedTrainers; }
}
