package be.pfe.operations.web.catalogue;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.calendar.ClosureKind;
import be.pfe.operations.domain.room.RoomInput;
import be.pfe.operations.domain.room.RoomType;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.web.centre.Catalogue;
import be.pfe.operations.web.centre.CatalogueEditing;
import be.pfe.operations.web.centre.CentreDto;
import be.pfe.operations.web.centre.ClosureDto;
import be.pfe.operations.web.centre.RoomDetails;
import be.pfe.operations.web.centre.RoomDto;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The rooms page: the rooms and closures of one centre among those whose records the user reads; those who plan
 * that centre add and change rooms (dialog) and closures. Refusals beside the field concerned.
 */
@Named
@ViewScoped
public class RoomsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DIALOG_FORM = "roomForm";

    @Inject
    Catalogue catalogue;
    @Inject
    CatalogueEditing editing;
    @Inject
    UserPreferences preferences;
    @Inject
    Actor actor;

    private String centre;
    private List<CentreDto> centres;
    private List<RoomDto> rooms = List.of();
    private List<ClosureDto> closures = List.of();

    private String editingRoom;
    private Long version;
    private String code;
    private String name;
    private RoomType type = RoomType.CLASSROOM;
    private Integer seatCapacity;
    private String equipment;

    private LocalDate closureStart;
    private LocalDate closureEnd;
    private ClosureKind closureKind = ClosureKind.OTHER;
    private String closureReason;

    @PostConstruct
    void init() {
        centres = catalogue.centres().stream().filter(c -> actor.may(Access.RECORDS, c.code())).toList();
        String preferred = preferences.getCentreCode();
        centre = centres.stream().map(CentreDto::code).filter(code -> code.equals(preferred)).findFirst()
                .orElse(centres.isEmpty() ? null : centres.get(0).code());
        load();
    }

    public void load() {
        if (centre == null) {
            return;
        }
        try {
            rooms = catalogue.rooms(centre);
            closures = editing.closures(centre);
        } catch (BusinessRuleException refusal) {
            rooms = List.of();
            closures = List.of();
            FacesMessages.refused(refusal, "roomsForm");
        }
    }

    public boolean isPlans() {
        return centre != null && actor.may(Access.PLANNING, centre);
    }

    public void startNew() {
        editingRoom = null;
        version = null;
        code = null;
        name = null;
        type = RoomType.CLASSROOM;
        seatCapacity = null;
        equipment = null;
    }

    public void edit(RoomDto room) {
        editingRoom = room.code();
        version = room.version();
        code = room.code();
        name = room.name();
        type = room.type();
        seatCapacity = room.seatCapacity();
        equipment = String.join(", ", room.equipment());
    }

    public void save() {
        RoomInput input = new RoomInput(code, name, type, seatCapacity, equipment == null || equipment.isBlank()
                ? List.of() : Arrays.stream(equipment.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList());
        try {
            RoomDetails saved = editingRoom == null ? editing.createRoom(centre, input)
                    : editing.changeRoom(centre, editingRoom, version, input);
            FacesMessages.info("page.rooms.saved", saved.code());
            PrimeFaces.current().executeScript("PF('roomDialog').hide()");
            load();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, DIALOG_FORM);
        }
    }

    public void addClosure() {
        try {
            editing.addClosure(centre, closureStart, closureEnd, closureKind, closureReason);
            FacesMessages.info("page.rooms.closure.added");
            closureStart = null;
            closureEnd = null;
            closureReason = null;
            load();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, "closuresForm");
        }
    }

    public void removeClosure(ClosureDto closure) {
        try {
            editing.removeClosure(centre, closure.id());
            FacesMessages.info("page.rooms.closure.removed");
            load();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, "closuresForm");
        }
    }

    public List<RoomType> getTypes() {
        return List.of(RoomType.values());
    }

    public List<ClosureKind> getClosureKinds() {
        return List.of(ClosureKind.values());
    }

    public List<CentreDto> getCentres() { return centres; }
    public List<RoomDto> getRooms() { return rooms; }
    public List<ClosureDto> getClosures() { return closures; }
    public boolean isEditing() { return editingRoom != null; }
    public String getCentre() { return centre; }
    public void setCentre(String centre) { this.centre = centre; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public RoomType getType() { return type; }
    public void setType(RoomType type) { this.type = type; }
    public Integer getSeatCapacity() { return seatCapacity; }
    public void setSeatCapacity(Integer seatCapacity) { this.seatCapacity = seatCapacity; }
    public String getEquipment() { return equipment; }
    public void setEquipment(String equipment) { this.equipment = equipment; }
    public LocalDate getClosureStart() { return closureStart; }
    public void setClosureStart(LocalDate closureStart) { this.closureStart = closureStart; }
    public LocalDate getClosureEnd() { return closureEnd; }
    public void setClosureEnd(LocalDate closureEnd) { this.closureEnd = closureEnd; }
    public ClosureKind getClosureKind() { return closureKind; }
    public void setClosureKind(ClosureKind closureKind) { this.closureKind = closureKind; }
    public String getClosureReason() { return closureReason; }
    public void setClosureReason(String closureReason) { this.closureReason = closureReason; }
}
