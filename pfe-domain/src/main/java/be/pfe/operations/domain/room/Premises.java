package be.pfe.operations.domain.room;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.calendar.CentreClosure;
import be.pfe.operations.domain.calendar.CentreClosures;
import be.pfe.operations.domain.calendar.ClosureKind;
import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.ClashException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.shared.StaleVersionException;
import be.pfe.operations.domain.shared.TypedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * A centre's rooms and closures: they belong to the centre, and only those who plan it create and change them
 * ({@link Access#PLANNING} for the centre named). A room's code is unique in its centre; its seats are a whole number
 * from 1 to {@value Room#MAX_SEATS}.
 */
@ApplicationScoped
@Transactional
public class Premises {

    private Centres centres;
    private Rooms rooms;
    private CentreClosures closures;

    protected Premises() {
        // for CDI
    }

    @Inject
    public Premises(Centres centres, Rooms rooms, CentreClosures closures) {
        this.centres = centres;
        this.rooms = rooms;
        this.closures = closures;
    }

    @UseCase(Access.PLANNING)
    public Room createRoom(@Names(RecordKind.CENTRE) String centreCode, RoomInput input) {
        Centre centre = centre(centreCode);
        if (input == null) {
            throw new BusinessRuleException("room.code.invalid", "code", Room.CODE_LENGTH);
        }
        if (input.code() != null) {
            TypedText.requireReadable(input.code(), "code", false);
        }
        String code = input.code() == null ? null : input.code().strip();
        if (code != null && !code.isEmpty() && rooms.byCode(centre.code(), code).isPresent()) {
            throw new ClashException("room.code.taken", "code", code, centre.code());
        }
        Room room = new Room(centre, code, input.name(), input.type(), seats(input));
        room.change(input.name(), input.type(), seats(input));
        room.equipOnly(input.equipment() == null ? List.of() : input.equipment());
        return rooms.add(room);
    }

    @UseCase(Access.PLANNING)
    public Room changeRoom(@Names(RecordKind.CENTRE) String centreCode, String roomCode, Long expectedVersion,
                           RoomInput input) {
        Room room = room(centreCode, roomCode);
        StaleVersionException.check(expectedVersion, room.version());
        if (input == null) {
            throw new BusinessRuleException("room.name.invalid", "name", Room.NAME_LENGTH);
        }
        if (input.code() != null && !input.code().isBlank() && !input.code().strip().equals(room.code())) {
            throw new BusinessRuleException("room.code.fixed", "code", room.code());
        }
        room.change(input.name(), input.type(), seats(input));
        room.equipOnly(input.equipment() == null ? List.of() : input.equipment());
        return room;
    }

    @UseCase(Access.RECORDS)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Room room(@Names(RecordKind.CENTRE) String centreCode, String roomCode) {
        centre(centreCode);
        return rooms.byCode(centreCode, roomCode == null ? "" : roomCode.strip())
                .orElseThrow(() -> new NotFoundException("room.unknown", null, roomCode, centreCode));
    }

    /** The centre's closures from the given day on (those of the past stay as they were). */
    @UseCase(Access.RECORDS)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CentreClosure> closures(@Names(RecordKind.CENTRE) String centreCode, DateRange period) {
        centre(centreCode);
        return closures.ofCentreDuring(centreCode, period);
    }

    @UseCase(Access.PLANNING)
    public CentreClosure addClosure(@Names(RecordKind.CENTRE) String centreCode, LocalDate start, LocalDate end,
                                    ClosureKind kind, String reason) {
        Centre centre = centre(centreCode);
        if (start == null) {
            throw new BusinessRuleException("period.start.required", "startDate");
        }
        DateRange period = new DateRange(start, end == null ? start : end);
        if (reason != null) {
            TypedText.requireReadable(reason, "reason", false);
        }
        if (!closures.ofCentreDuring(centre.code(), period).isEmpty()) {
            throw new ClashException("closure.overlaps", "startDate", start, period.end());
        }
        return closures.add(new CentreClosure(centre, period, kind, reason));
    }

    @UseCase(Access.PLANNING)
    public void removeClosure(@Names(RecordKind.CENTRE) String centreCode, long closure) {
        CentreClosure found = closures.byId(closure).filter(c -> c.centre().code().equals(centreCode))
                .orElseThrow(() -> new NotFoundException("closure.unknown", null, closure));
        closures.remove(found);
    }

    private Centre centre(String centreCode) {
        if (centreCode == null || centreCode.isBlank()) {
            throw new BusinessRuleException("room.centre.required", "centre");
        }
        return centres.byCode(centreCode).orElseThrow(() -> new NotFoundException("centre.unknown", null, centreCode));
    }

    private static int seats(RoomInput input) {
        if (input.seatCapacity() == null) {
            throw new BusinessRuleException("room.capacity.notPositive", "seatCapacity", "");
        }
        return input.seatCapacity();
    }
}
