package be.pfe.operations.domain.room;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.shared.BusinessRuleException;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Set;
import java.util.TreeSet;

/** A room of a centre in which sessions are held; its seat capacity bounds the sessions placed in it. */
@Entity
@Table(name = "room")
@NamedQuery(name = Room.FIND_BY_CENTRE,
        query = "select r from Room r where r.centre.code = :centre order by r.code")
@NamedQuery(name = Room.FIND_BY_CODE,
        query = "select r from Room r where r.centre.code = :centre and r.code = :code")
public class Room {

    public static final String FIND_BY_CENTRE = "Room.findByCentre";
    public static final String FIND_BY_CODE = "Room.findByCode";
    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 200;
    public static final int MAX_SEATS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "room_type", nullable = false, length = 30)
    private RoomType type;

    @Column(name = "seat_capacity", nullable = false)
    private int seatCapacity;

    /** What the room is equipped with, e.g. "CISCO lab", "welding booth". */
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "room_equipment", joinColumns = @JoinColumn(name = "room_id"))
    @Column(name = "tag", length = 60)
    private Set<String> equipment = new TreeSet<>();

    @Version
    private long version;

    protected Room() {
        // for JPA
    }

    public Room(Centre centre, String code, String name, RoomType type, int seatCapacity) {
        if (centre == null) {
            throw new BusinessRuleException("room.centre.required", "centre");
        }
        if (code == null || code.isBlank() || code.length() > CODE_LENGTH) {
            throw new BusinessRuleException("room.code.invalid", "code", CODE_LENGTH);
        }
        if (name == null || name.isBlank() || name.length() > NAME_LENGTH) {
            throw new BusinessRuleException("room.name.invalid", "name", NAME_LENGTH);
        }
        if (type == null) {
            throw new BusinessRuleException("room.type.required", "type");
        }
        this.centre = centre;
        this.code = code.strip();
        this.name = name.strip();
        this.type = type;
        changeCapacity(seatCapacity);
    }

    public final void changeCapacity(int seats) {
        if (seats <= 0) {
            throw new BusinessRuleException("room.capacity.notPositive", "seatCapacity", seats);
        }
        if (seats > MAX_SEATS) {
            throw new BusinessRuleException("room.capacity.tooLarge", "seatCapacity", MAX_SEATS);
        }
        this.seatCapacity = seats;
    }

    public void equip(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 60) {
            throw new BusinessRuleException("room.equipment.invalid", "equipment", 60);
        }
        equipment.add(tag.strip());
    }

    /** A new name, type and number of seats; the code and centre stay. */
    public void change(String name, RoomType type, int seats) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            throw new BusinessRuleException("room.name.invalid", "name", NAME_LENGTH);
        }
        be.pfe.operations.domain.shared.TypedText.requireReadable(name, "name", false);
        if (type == null) {
            throw new BusinessRuleException("room.type.required", "type");
        }
        changeCapacity(seats);
        this.name = name.strip();
        this.type = type;
    }

    /** Equipped with exactly these tags. */
    public void equipOnly(java.util.Collection<String> tags) {
        Set<String> checked = new TreeSet<>();
        for (String tag : tags) {
            if (tag == null || tag.isBlank() || tag.strip().length() > 60) {
                throw new BusinessRuleException("room.equipment.invalid", "equipment", 60);
            }
            be.pfe.operations.domain.shared.TypedText.requireReadable(tag, "equipment", false);
            checked.add(tag.strip());
        }
        equipment.clear();
        equipment.addAll(checked);
    }

    /** The version the optimistic lock counts: a change names the version it starts from. */
    public long version() {
        return version;
    }

    public Set<String> equipment() {
        return Set.copyOf(equipment);
    }

    public Long id() {
        return id;
    }

    public Centre centre() {
        return centre;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public RoomType type() {
        return type;
    }

    public int seatCapacity() {
        return seatCapacity;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Room that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Room.class.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
