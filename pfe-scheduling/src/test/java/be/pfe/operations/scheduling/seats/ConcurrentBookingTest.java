package be.pfe.operations.scheduling.seats;

import be.pfe.operations.domain.enrolment.EnrolmentStatus;
import be.pfe.operations.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 200 learners ask for the 20 seats of one session at the same moment, from 40 threads, each request in its own
 * transaction with its own connection, half of them through a second instance of the persistence unit (its own
 * connection pool and cache, as a second application instance on the same database would have).
 */
class ConcurrentBookingTest {

    private static final int LEARNERS = 200;
    private static final int SEATS = 20;
    private static final LocalDate START = LocalDate.of(2038, 9, 6);
    private final TestDatabase database = TestDatabase.shared();
    private final Seating seating = new Seating(database, Seating.clockOn(START.minusDays(30)));

    @BeforeEach
    void empty() {
        database.deleteOperationalData();
    }

    @Test
    void exactlyTheSeatsAreTakenAndEveryoneElseWaitsInArrivalOrder() throws Exception {
        long session = seating.session("DIG-RUSH-01", SEATS, START);
        List<Long> enrolments = seating.screenedInBulk(session, LEARNERS);
        EntityManagerFactory secondInstance = database.newEntityManagerFactory("second-instance");
        ExecutorService threads = Executors.newFixedThreadPool(40);
        List<Booking> bookings = new ArrayList<>();
        List<Throwable> leaked = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Booking>> requests = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                long enrolment = enrolments.get(i);
                EntityManagerFactory instance = i % 2 == 0 ? database.entityManagerFactory() : secondInstance;
                requests.add(threads.submit(() -> {
                    start.await();
                    return database.inTransaction(instance, em -> seating.booking(em).admit(enrolment, "staff"));
                }));
            }
            start.countDown();
            for (Future<Booking> request : requests) {
                try {
                    bookings.add(request.get());
                } catch (ExecutionException e) {
                    leaked.add(e.getCause());
                }
            }
        } finally {
            threads.shutdownNow();
            secondInstance.close();
        }

        assertEquals(List.of(), leaked, "no request may fail");
        List<Booking> admitted = bookings.stream().filter(b -> b.status() == EnrolmentStatus.ADMITTED).toList();
        List<Booking> waitlisted = bookings.stream().filter(b -> b.status() == EnrolmentStatus.WAITLISTED).toList();
        assertEquals(SEATS, admitted.size());
        assertEquals(LEARNERS - SEATS, waitlisted.size());
        assertEquals(SEATS, database.count("enrolment where seat is not null and session_id = " + session));

        // each waitlisted learner was told a different place, 1 to 180, and the waitlist is in exactly that order
        List<Booking> byPlaceTold = waitlisted.stream().sorted(Comparator.comparing(Booking::waitlistPosition)).toList();
        assertEquals(IntStream.rangeClosed(1, LEARNERS - SEATS).boxed().toList(),
                byPlaceTold.stream().map(Booking::waitlistPosition).toList());
        List<WaitlistPlace> waitlist = database.inTransaction(em -> seating.seats(em).waitlist(session));
        assertEquals(byPlaceTold.stream().map(Booking::enrolmentId).toList(),
                waitlist.stream().map(WaitlistPlace::enrolmentId).toList());

        // the first twenty served got the seats: every admitted arrival is before every waitlisted one
        List<Long> arrivals = database.inTransaction(em -> em.createQuery("""
                        select e.arrival from Enrolment e where e.sessionId = :session and e.status = :admitted""",
                        Long.class)
                .setParameter("session", session).setParameter("admitted", EnrolmentStatus.ADMITTED)
                .getResultList());
        long lastAdmitted = arrivals.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(waitlist.stream().allMatch(place -> place.arrival() > lastAdmitted));
        assertEquals(waitlist.stream().map(WaitlistPlace::arrival).sorted().toList(),
                waitlist.stream().map(WaitlistPlace::arrival).toList());
        System.out.printf("[concurrency] %d requests from 40 threads on 2 persistence-unit instances: %d admitted,"
                + " %d waitlisted, %d failed%n", LEARNERS, admitted.size(), waitlisted.size(), leaked.size());
    }

    @Test
    void twoPeopleAdmittingTheSameLearnerAtOnceTakeOneSeat() throws Exception {
        long session = seating.session("DIG-RUSH-02", SEATS, START);
        long enrolment = seating.screenedInBulk(session, 1).get(0);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Object> outcomes = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Booking>> requests = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                requests.add(threads.submit(() -> {
                    start.await();
                    return database.inTransaction(em -> seating.booking(em).admit(enrolment, "staff"));
                }));
            }
            start.countDown();
            for (Future<Booking> request : requests) {
                try {
                    outcomes.add(request.get().status());
                } catch (ExecutionException e) {
                    outcomes.add(((be.pfe.operations.domain.shared.BusinessRuleException) e.getCause()).messageKey());
                }
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, outcomes.stream().filter(EnrolmentStatus.ADMITTED::equals).count(), outcomes.toString());
        assertEquals(7, outcomes.stream().filter("enrolment.status.transition"::equals).count(), outcomes.toString());
        assertEquals(1, database.count("enrolment where seat is not null"));
        assertEquals(3, database.count("enrolment_transition"), "applied, screened, admitted once");
    }
}
