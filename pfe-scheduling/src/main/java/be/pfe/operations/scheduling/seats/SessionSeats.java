package be.pfe.operations.scheduling.seats;

import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.domain.enrolment.Enrolments;
import be.pfe.operations.domain.enrolment.Explanation;
import be.pfe.operations.domain.enrolment.SeatKind;
import be.pfe.operations.domain.enrolment.SeatLedger;
import be.pfe.operations.domain.enrolment.SeatPlan;
import be.pfe.operations.domain.enrolment.WaitlistEntry;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.session.CourseSessions;
import be.pfe.operations.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What staff read about a session's seats: the seats by quota and pool, and the waitlist in its order. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SessionSeats {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    private Enrolments enrolments;
    private CourseSessions sessions;
    private PartnerOrganisations partners;

    protected SessionSeats() {
        // for CDI
    }

    @Inject
    public SessionSeats(Enrolments enrolments, CourseSessions sessions, PartnerOrganisations partners) {
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.partners = partners;
    }

    /** For use outside a container (tests). */
    public SessionSeats(EntityManager entityManager, Enrolments enrolments, CourseSessions sessions,
                        PartnerOrganisations partners) {
        this(enrolments, sessions, partners);
        this.entityManager = entityManager;
    }

    @UseCase(Access.RECORDS)
    public SeatOverview overview(@Names(RecordKind.SESSION) long sessionId) {
        CourseSession session = session(sessionId);
        SeatPlan plan = enrolments.planOf(sessionId);
        SeatLedger ledger = plan.ledger(session.seatCapacity(), enrolments.heldSeats(sessionId));
        Map<Long, String> codes = partnerCodes();
        List<SeatOverview.Share> quotas = new ArrayList<>();
        plan.quotas().forEach((partner, seats) ->
                quotas.add(new SeatOverview.Share(codes.get(partner), seats, ledger.heldInQuota(partner))));
        quotas.sort(Comparator.comparing(SeatOverview.Share::partner));
        return new SeatOverview(sessionId, session.seatCapacity(), ledger.heldSeats(), ledger.freeSeats(),
                new SeatOverview.Share(null, ledger.poolSeats(), ledger.heldInPool()), quotas,
                enrolments.waitlist(sessionId).size(), plan.waitlistPriority(), plan.promotionGraceDays(),
                plan.lastPromotionDay(session.period().start()));
    }

    /** The waitlist in the order it will be served. */
    public List<WaitlistPlace> waitlist(long sessionId) {
        session(sessionId);
        SeatPlan plan = enrolments.planOf(sessionId);
        List<WaitlistEntry> entries = enrolments.waitlist(sessionId).stream()
                .sorted(plan.waitlistPriority().order()).toList();
        Map<Long, String[]> names = new HashMap<>();
        entityManager.createQuery("""
                        select l.id, l.familyName, l.givenName from Learner l, Enrolment e
                        where l.id = e.learnerId and e.sessionId = :session and e.status = :waitlisted""",
                        Object[].class)
                .setParameter("session", sessionId)
                .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], new String[] {(String) row[1], (String) row[2]}));
        Map<Long, String> codes = partnerCodes();
        List<WaitlistPlace> places = new ArrayList<>();
        for (WaitlistEntry entry : entries) {
            String[] name = names.getOrDefault(entry.learnerId(), new String[] {"", ""});
            places.add(new WaitlistPlace(places.size() + 1, entry.enrolmentId(), entry.learnerId(), name[0], name[1],
                    entry.partnerId() == null ? null : codes.get(entry.partnerId()), entry.referred(),
                    entry.jobseeker(), entry.arrival()));
        }
        return places;
    }

    /** The enrolments of a session with their learners' names, in order of application, in one query. */
    @UseCase(Access.PERSONAL_DATA)
    public List<EnrolmentRow> enrolments(@Names(RecordKind.SESSION) long sessionId) {
        session(sessionId);
        Map<Long, String> codes = partnerCodes();
        Map<Long, Explanation> explanations = enrolments.lastExplanations(sessionId);
        List<EnrolmentRow> rows = new ArrayList<>();
        entityManager.createQuery("""
                        select e.id, l.id, l.familyName, l.givenName, e.status, e.seatKind, e.seatPartnerId,
                               e.partnerId
                        from Enrolment e, Learner l where l.id = e.learnerId and e.sessionId = :session
                        order by e.id""", Object[].class)
                .setParameter("session", sessionId)
                .getResultList()
                .forEach(row -> rows.add(new EnrolmentRow((Long) row[0], (Long) row[1], (String) row[2],
                        (String) row[3], (EnrolmentStatus) row[4], (SeatKind) row[5], codes.get((Long) row[6]),
                        codes.get((Long) row[7]), explanations.get((Long) row[0]))));
        return rows;
    }

    /** The codes of the partner organisations, by id (reference data: a dozen rows). */
    public Map<Long, String> partnerCodes() {
        Map<Long, String> codes = new HashMap<>();
        for (PartnerOrganisation partner : partners.all()) {
            codes.put(partner.id(), partner.code());
        }
        return codes;
    }

    private CourseSession session(long sessionId) {
        return sessions.byId(sessionId).orElseThrow(() -> new NotFoundException("session.unknown", null, sessionId));
    }
}
