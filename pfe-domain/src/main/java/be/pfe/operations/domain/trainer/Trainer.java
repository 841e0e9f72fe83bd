package be.pfe.operations.domain.trainer;

import be.pfe.operations.domain.calendar.MeetingTime;
import be.pfe.operations.domain.calendar.WeeklySlot;
import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.course.Course;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A trainer, employed by a partner organisation, who may teach in several centres: the courses they are
 * qualified for, the weekly times they are available (none given: any time), and their absences.
 */
@Entity
@Table(name = "trainer")
@NamedQuery(name = Trainer.FIND_ALL,
        query = "select distinct t from Trainer t join fetch t.partner left join fetch t.centres order by t.code")
@NamedQuery(name = Trainer.FIND_BY_CENTRE, query = """
        select distinct t from Trainer t join fetch t.partner left join fetch t.centres
        where exists (select c from Trainer x join x.centres c where x = t and c.code = :centre)
        order by t.code""")
public class Trainer {

    public static final String FIND_ALL = "Trainer.findAll";
    public static final String FIND_BY_CENTRE = "Trainer.findByCentre";

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "partner_id")
    private PartnerOrganisation partner;

    @ManyToMany
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "trainer_centre", joinColumns = @JoinColumn(name = "trainer_id"),
            inverseJoinColumns = @JoinColumn(name = "centre_id"))
    private Set<Centre> centres = new HashSet<>();

    @ManyToMany
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "trainer_qualification", joinColumns = @JoinColumn(name = "trainer_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    private Set<Course> qualifications = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "trainer_availability", joinColumns = @JoinColumn(name = "trainer_id"))
    private Set<WeeklySlot> availability = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "trainer_absence", joinColumns = @JoinColumn(name = "trainer_id"))
    private Set<DateRange> absences = new HashSet<>();

    @Version
    private long version;

    protected Trainer() {
        // for JPA
    }

    public Trainer(String code, String name, PartnerOrganisation partner) {
        if (code == null || code.isBlank() || code.length() > CODE_LENGTH) {
            throw new BusinessRuleException("trainer.code.invalid", "code", CODE_LENGTH);
        }
        if (name == null || name.isBlank() || name.length() > NAME_LENGTH) {
            throw new BusinessRuleException("trainer.name.invalid", "name", NAME_LENGTH);
        }
        if (partner == null) {
            throw new BusinessRuleException("trainer.partner.required", "partner");
        }
        this.code = code.strip();
        this.name = name.strip();
        this.partner = partner;
    }

    public void worksAt(Centre centre) {
        centres.add(centre);
    }

    public void qualifyFor(Course course) {
        qualifications.add(course);
    }

    public void availableOn(WeeklySlot slot) {
        availability.add(slot);
    }

    public void absent(DateRange period) {
        absences.add(period);
    }

    /** A new name and employer. */
    public void change(String name, PartnerOrganisation partner) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            throw new BusinessRuleException("trainer.name.invalid", "name", NAME_LENGTH);
        }
        be.pfe.operations.domain.shared.TypedText.requireReadable(name, "name", false);
        if (partner == null) {
            throw new BusinessRuleException("trainer.partner.required", "partner");
        }
        this.name = name.strip();
        this.partner = partner;
    }

    /** Works at exactly these centres. */
    public void worksOnlyAt(java.util.Collection<Centre> centres) {
        this.centres.clear();
        this.centres.addAll(centres);
    }

    public void withdrawQualification(Course course) {
        qualifications.remove(course);
    }

    /** Available exactly at these weekly times (none: any time); two times of one day may not overlap. */
    public void availableOnlyOn(java.util.Collection<WeeklySlot> slots) {
        List<WeeklySlot> sorted = slots.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i)) || sorted.get(i - 1).equals(sorted.get(i))) {
                throw new BusinessRuleException("trainer.availability.overlap", "availability",
                        sorted.get(i - 1), sorted.get(i));
            }
        }
        availability.clear();
        availability.addAll(sorted);
    }

    /** Absent exactly during these periods; two periods starting the same day are one too many. */
    public void absentOnly(java.util.Collection<DateRange> periods) {
        List<DateRange> sorted = periods.stream().sorted(java.util.Comparator.comparing(DateRange::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new BusinessRuleException("trainer.absence.overlap", "absences",
                        sorted.get(i - 1).start(), sorted.get(i).start());
            }
        }
        absences.clear();
        absences.addAll(sorted);
    }

    /** The version the optimistic lock counts: a change names the version it starts from. */
    public long version() {
        return version;
    }

    public boolean worksAt(String centreCode) {
        return centres.stream().anyMatch(centre -> centre.code().equals(centreCode));
    }

    public boolean isQualifiedFor(Course course) {
        return qualifications.contains(course);
    }

    /**
     * Whether the trainer can teach at that time: not absent that day, and the meeting lies inside one of
     * their weekly availabilities (a trainer without any is available at all times).
     */
    public boolean isAvailable(MeetingTime meeting) {
        return isAvailable(availability, absences, meeting);
    }

    /** The same rule on weekly availabilities and absences read apart (for many trainers at once). */
    public static boolean isAvailable(java.util.Collection<WeeklySlot> availability,
                                      java.util.Collection<DateRange> absences, MeetingTime meeting) {
        if (absences.stream().anyMatch(absence -> absence.contains(meeting.date()))) {
            return false;
        }
        return availability.isEmpty() || availability.stream().anyMatch(slot -> slot.day() == meeting.date().getDayOfWeek()
                && !slot.start().isAfter(meeting.start()) && !slot.end().isBefore(meeting.end()));
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public PartnerOrganisation partner() {
        return partner;
    }

    /** The codes of the centres the trainer may work in. */
    public Set<String> centreCodes() {
        return centres.stream().map(Centre::code).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The codes of the courses the trainer is qualified to teach. */
    public Set<String> qualifiedCourseCodes() {
        return qualifications.stream().map(Course::code).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public List<WeeklySlot> availability() {
        return List.copyOf(new TreeSet<>(availability));
    }

    /** The centres the trainer works at, by code. */
    public List<Centre> centres() {
        return centres.stream().sorted(java.util.Comparator.comparing(Centre::code)).toList();
    }

    /** The courses the trainer is qualified for, by code. */
    public List<Course> qualifications() {
        return qualifications.stream().sorted(java.util.Comparator.comparing(Course::code)).toList();
    }

    /** The periods the trainer is absent, in date order. */
    public List<DateRange> absences() {
        return absences.stream().sorted(java.util.Comparator.comparing(DateRange::start)).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Trainer that && code != null && code.equals(that.code);
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
