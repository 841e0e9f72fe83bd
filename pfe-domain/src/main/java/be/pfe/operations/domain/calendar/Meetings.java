package be.pfe.operations.domain.calendar;

import java.util.List;

/** The dated meetings of the course sessions. */
public interface Meetings {

    List<Meeting> ofSession(long sessionId);

    void addAll(List<Meeting> meetings);
}
