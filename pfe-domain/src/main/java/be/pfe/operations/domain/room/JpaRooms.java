package be.pfe.operations.domain.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRooms implements Rooms {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    protected JpaRooms() {
        // for CDI
    }

    public JpaRooms(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Room> ofCentre(String centreCode) {
        return entityManager.createNamedQuery(Room.FIND_BY_CENTRE, Room.class)
                .setParameter("centre", centreCode)
                .getResultList();
    }

    @Override
    public Optional<Room> byId(long id) {
        return Optional.ofNullable(entityManager.find(Room.class, id));
    }

    @Override
    public Optional<Room> byCodeForBooking(String centreCode, String roomCode) {
        // select ... for update: a second booking of this room waits until the first one commits
        return entityManager.createNamedQuery(Room.FIND_BY_CODE, Room.class)
                .setParameter("centre", centreCode)
                .setParameter("code", roomCode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Room add(Room room) {
        entityManager.persist(room);
        entityManager.flush(); // the identity column gives the id on insert
        return room;
    }

    @Override
    public Optional<Room> byCode(String centreCode, String roomCode) {
        return entityManager.createNamedQuery(Room.FIND_BY_CODE, Room.class)
                .setParameter("centre", centreCode)
                .setParameter("code", roomCode)
                .getResultStream().findFirst();
    }
}
