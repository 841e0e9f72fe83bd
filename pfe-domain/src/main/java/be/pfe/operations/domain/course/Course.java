package be.pfe.operations.domain.course;

import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.learner.TargetGroup;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.room.RoomType;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.TypedText;
import be.pfe.operations.domain.shared.LocalizedText;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** A course of the catalogue: what is taught, for how long, and which partner provides it. */
@Entity
@Table(name = "course")
@NamedQuery(name = Course.FIND_ALL, query = "select c from Course c join fetch c.providingPartner order by c.code")
@NamedQuery(name = Course.FIND_BY_CODE, query = "select c from Course c where c.code = :code")
public class Course {

    public static final String FIND_ALL = "Course.findAll";
    public static final String FIND_BY_CODE = "Course.findByCode";
    public static final int CODE_LENGTH = 40;
    public static final int OCCUPATION_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @Embedded
    private LocalizedText title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Sector sector;

    @Column(name = "duration_hours", nullable = false)
    private int durationHours;

    /** A course for a profession in short supply (métier en pénurie). */
    @Column(name = "shortage_occupation", nullable = false)
    private boolean shortageOccupation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "providing_partner_id")
    private PartnerOrganisation providingPartner;

    /** The kind of room the course needs, or {@code null} when any room will do. */
    @Enumerated(EnumType.STRING)
    @Column(name = "required_room_type", length = 30)
    private RoomType requiredRoomType;

    /** The equipment a room needs for this course. */
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "course_equipment", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "tag", length = 60)
    private Set<String> requiredEquipment = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseKind kind = CourseKind.TRAINING;

    /** The occupation a unit of competence belongs to (validation units only). */
    @Column(length = OCCUPATION_LENGTH)
    private String occupation;

    /** The language a new session of the course is taught in unless staff choose another. */
    @Enumerated(EnumType.STRING)
    @Column(name = "teaching_language", nullable = false, length = 2)
    private Language teachingLanguage = Language.FR;

    /** The target groups the course is meant for, as stored by {@link TargetGroup#write}. */
    @Column(name = "target_groups", nullable = false, length = 120)
    private String targetGroups = "";

    /** The day the course was retired (it is then planned no more), and by whom; {@code null} while offered. */
    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Column(name = "retired_by", length = 60)
    private String retiredBy;

    @Version
    private long version;

    protected Course() {
        // for JPA
    }

    public Course(String code, LocalizedText title, Sector sector, int durationHours, boolean shortageOccupation,
                  PartnerOrganisation providingPartner) {
        if (code == null || code.isBlank() || code.length() > CODE_LENGTH) {
            throw new BusinessRuleException("course.code.invalid", "code", CODE_LENGTH);
        }
        TypedText.requireReadable(code, "code", false);
        if (title == null) {
            throw new BusinessRuleException("text.required", "title");
        }
        if (sector == null) {
            throw new BusinessRuleException("course.sector.required", "sector");
        }
        if (durationHours <= 0) {
            throw new BusinessRuleException("course.duration.notPositive", "durationHours", durationHours);
        }
        if (providingPartner == null) {
            throw new BusinessRuleException("course.partner.required", "providingPartner");
        }
        this.code = code.strip();
        this.title = title;
        this.sector = sector;
        this.durationHours = durationHours;
        this.shortageOccupation = shortageOccupation;
        this.providingPartner = providingPartner;
    }

    /**
     * A unit of competence of an occupation: its sessions are skills validations (see {@link CourseKind}).
     */
    public static Course validationUnit(String code, LocalizedText title, Sector sector, int durationHours,
                                        PartnerOrganisation providingPartner, String occupation) {
        if (occupation == null || occupation.isBlank() || occupation.strip().length() > OCCUPATION_LENGTH) {
            throw new BusinessRuleException("course.occupation.invalid", "occupation", OCCUPATION_LENGTH);
        }
        Course unit = new Course(code, title, sector, durationHours, false, providingPartner);
        unit.kind = CourseKind.VALIDATION;
        unit.occupation = occupation.strip();
        return unit;
    }

    /** What the course needs of a room: a type (or {@code null} for any) and equipment. */
    public void needsRoom(RoomType type, Collection<String> equipment) {
        this.requiredRoomType = type;
        this.requiredEquipment.clear();
        for (String tag : equipment) {
            if (tag == null || tag.isBlank() || tag.strip().length() > 60) {
                throw new BusinessRuleException("course.equipment.invalid", "equipment", 60);
            }
            TypedText.requireReadable(tag, "equipment", false);
            requiredEquipment.add(tag.strip());
        }
    }

    /**
     * Changes what the course is: titles, kind (a unit of competence needs its occupation), sector, providing partner,
     * teaching language by default, hours, shortage-occupation flag and target groups. The code stays. A retired
     * course is no longer changed.
     */
    public void change(LocalizedText title, CourseKind kind, String occupation, Sector sector, int durationHours,
                       boolean shortageOccupation, PartnerOrganisation providingPartner, Language teachingLanguage,
                       Collection<TargetGroup> targetGroups) {
        if (isRetired()) {
            throw new BusinessRuleException("course.retired", "code", code);
        }
        Course checked = kind == CourseKind.VALIDATION
                ? validationUnit(code, title, sector, durationHours, providingPartner, occupation)
                : new Course(code, title, sector, durationHours, shortageOccupation, providingPartner);
        if (teachingLanguage == null) {
            throw new BusinessRuleException("course.language.required", "teachingLanguage");
        }
        this.title = checked.title;
        this.kind = checked.kind;
        this.occupation = checked.occupation;
        this.sector = checked.sector;
        this.durationHours = checked.durationHours;
        this.shortageOccupation = checked.shortageOccupation;
        this.providingPartner = checked.providingPartner;
        this.teachingLanguage = teachingLanguage;
        this.targetGroups = TargetGroup.write(targetGroups == null ? Set.of() : Set.copyOf(targetGroups));
    }

    /** Retires the course: its sessions and history stay, it is planned no more. Retiring it twice is refused. */
    public void retire(String by, LocalDate on) {
        if (isRetired()) {
            throw new BusinessRuleException("course.retired", "code", code);
        }
        this.retiredOn = on;
        this.retiredBy = by == null || by.isBlank() ? "system" : by;
    }

    /** Refuses a retired course for a new session (422 with the course's code). */
    public void requirePlannable(String field) {
        if (isRetired()) {
            throw new BusinessRuleException("course.retired.notPlannable", field, code);
        }
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    public LocalDate retiredOn() {
        return retiredOn;
    }

    public String retiredBy() {
        return retiredBy;
    }

    public Language teachingLanguage() {
        return teachingLanguage;
    }

    public Set<TargetGroup> targetGroups() {
        return TargetGroup.read(targetGroups);
    }

    /** The version the optimistic lock counts: a change names the version it starts from. */
    public long version() {
        return version;
    }

    public RoomType requiredRoomType() {
        return requiredRoomType;
    }

    public Set<String> requiredEquipment() {
        return Set.copyOf(requiredEquipment);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocalizedText title() {
        return title;
    }

    public Sector sector() {
        return sector;
    }

    public int durationHours() {
        return durationHours;
    }

    public boolean shortageOccupation() {
        return shortageOccupation;
    }

    public CourseKind kind() {
        return kind;
    }

    public boolean isValidationUnit() {
        return kind == CourseKind.VALIDATION;
    }

    /** The occupation of a unit of competence; {@code null} for a training. */
    public String occupation() {
        return occupation;
    }

    public PartnerOrganisation providingPartner() {
        return providingPartner;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Course that && code != null && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
