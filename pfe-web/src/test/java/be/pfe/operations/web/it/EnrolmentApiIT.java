package be.pfe.operations.web.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static be.pfe.operations.web.it.Http.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Learners, enrolments, seats and waitlists through the REST API of the running application (sessions in 2037 and
 * 2038, which no other test uses).
 */
class EnrolmentApiIT {

    private static final AtomicInteger LEARNERS = new AtomicInteger();
    private static String base;

    @BeforeAll
    static void start() {
        base = RunningApplication.baseUrl();
    }

    /** A valid national register number of someone born on the day (check digits per the register's rule). */
    static String niss(LocalDate birth, int serial) {
        String nine = "%02d%02d%02d%03d".formatted(birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(),
                serial);
        long base = Long.parseLong(nine) + (birth.getYear() >= 2000 ? 2_000_000_000L : 0);
        return nine + "%02d".formatted(97 - base % 97);
    }

    private static String learnerBody(String family, String given, LocalDate birth, String status, String niss) {
        return """
                {"familyName":"%s","givenName":"%s","birthDate":"%s","email":"learner@example.be","language":"FR",
                 "entryStatus":"%s","educationLevel":"LOWER_SECONDARY"%s}""".formatted(family, given, birth, status,
                niss == null ? "" : ",\"niss\":\"" + niss + "\"");
    }

    private static long learner(String status) {
        int number = LEARNERS.incrementAndGet();
        Http.Answer created = Http.post(base + "api/v1/learners", learnerBody("Api" + number, "Learner",
                LocalDate.of(1995, 1, 1).plusDays(number), status, null), "en");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static long session(String start, int seats) {
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"DIGITALCITY","course":"DIG-NET-01","startDate":"%s","endDate":"%s","seatCapacity":%d,
                 "teachingLanguage":"FR"}""".formatted(start, LocalDate.parse(start).plusMonths(2), seats), "en");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static Http.Answer step(long enrolment, String body, String language) {
        return Http.current().post(base + "api/v1/enrolments/" + enrolment + "/steps", body, language);
    }

    /** A learner applies through the partner (or none), passes the screening and asks for a seat. */
    private static JsonObject applyScreenAdmit(long session, String partner) {
        String partnerField = partner == null ? "" : ",\"partner\":\"" + partner + "\"";
        Http.Answer applied = Http.post(base + "api/v1/enrolments", "{\"learner\":%d,\"session\":%d%s}"
                .formatted(learner("JOBSEEKER_ACTIRIS"), session, partnerField), "en");
        assertEquals(201, applied.status(), applied.body());
        long id = applied.json().getJsonNumber("id").longValue();
        assertEquals(200, step(id, "{\"step\":\"SCREEN\"}", "en").status());
        Http.Answer admitted = step(id, "{\"step\":\"ADMIT\"}", "en");
        assertEquals(200, admitted.status(), admitted.body());
        return admitted.json();
    }


    @Test
    void registersALearnerShowingTheNumberOnlyMaskedAndRefusesTheSamePersonTwice() {
        LocalDate birth = LocalDate.of(1985, 7, 30);
        String niss = niss(birth, 33);
        Http.Answer created = Http.post(base + "api/v1/learners",
                learnerBody("Nuñez-Dupont", "Zoë", birth, "JOBSEEKER_ACTIRIS", niss), "fr");
        assertEquals(201, created.status(), created.body());
        assertFalse(created.body().contains(niss.substring(6)), "the number is never sent back whole: " + created.body());
        assertFalse(created.location().contains(niss.substring(0, 6)));
        JsonObject read = Http.get(created.location(), "fr").json();
        assertEquals("85.07.30-***.**", read.getString("maskedNiss"));
        assertEquals("Nuñez-Dupont", read.getString("familyName"));
        assertTrue(read.getJsonArray("targetGroupsToday").stream()
                .anyMatch(group -> group.toString().contains("JOBSEEKER")));

        Http.Answer sameNumber = Http.post(base + "api/v1/learners",
                learnerBody("Garcia", "Zoe", birth, "WORKER", niss), "nl");
        assertProblem(sameNumber, 409, "learner.duplicate.niss");
        assertEquals("niss", sameNumber.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertFalse(sameNumber.body().contains(niss.substring(6)));
        assertProblem(Http.post(base + "api/v1/learners",
                learnerBody("NUNEZ DUPONT", "zoe", birth, "WORKER", null), "en"), 409,
                "learner.duplicate.nameAndBirthDate");
    }

    @Test
    void refusesBadNumbersAndIncompleteDetailsInTheUsersLanguage() {
        LocalDate birth = LocalDate.of(2003, 4, 5);
        String valid = niss(birth, 120);
        String badCheck = valid.substring(0, 9) + "%02d".formatted((Integer.parseInt(valid.substring(9)) % 97) + 1);
        Http.Answer refused = Http.post(base + "api/v1/learners",
                learnerBody("Peeters", "An", birth, "STUDENT", badCheck), "nl");
        assertProblem(refused, 422, "niss.checkDigits");
        assertEquals("Dit rijksregisternummer is niet geldig: de controlecijfers kloppen niet.",
                refused.json().getString("detail"));
        // born in 2003: the check is made with a 2 in front, so the pre-2000 check digits are wrong here
        String oldRule = valid.substring(0, 9) + "%02d".formatted(97 - Long.parseLong(valid.substring(0, 9)) % 97);
        assertProblem(Http.post(base + "api/v1/learners",
                learnerBody("Peeters", "An", birth, "STUDENT", oldRule), "en"), 422, "niss.birthDateMismatch");
        assertEquals(201, Http.post(base + "api/v1/learners",
                learnerBody("Peeters", "An", birth, "STUDENT", valid), "en").status());
        assertProblem(Http.post(base + "api/v1/learners",
                learnerBody("Peeters", "An", birth, "NOT_A_STATUS", null), "en"), 422, "input.choice");
        assertProblem(Http.post(base + "api/v1/learners", "{\"familyName\":\"X\"}", "en"), 422,
                "learner.name.required");
        assertProblem(Http.get(base + "api/v1/learners/987654321", "en"), 404, "learner.unknown");
    }

    @Test
    void fillsTheSeatsThenWaitlistsThenPromotesWhenALearnerDropsOut() {
        long session = session("2037-09-07", 2);
        Http.Answer plan = Http.current().put(base + "api/v1/sessions/" + session + "/seats",
                "{\"quotas\":{\"ACTIRIS\":1},\"waitlistPriority\":\"ARRIVAL\",\"promotionGraceDays\":5}",
                "en");
        assertEquals(200, plan.status(), plan.body());
        assertEquals(1, plan.json().getJsonObject("pool").getInt("seats"));

        JsonObject first = applyScreenAdmit(session, "ACTIRIS");
        assertEquals("ADMITTED", first.getString("status"));
        assertEquals("QUOTA", first.getString("seat"));
        assertEquals("ACTIRIS", first.getString("seatPartner"));
        JsonObject second = applyScreenAdmit(session, null);
        assertEquals("POOL", second.getString("seat"));
        JsonObject third = applyScreenAdmit(session, null);
        assertEquals("WAITLISTED", third.getString("status"));
        assertEquals(1, third.getInt("waitlistPosition"));

        JsonObject seats = Http.get(base + "api/v1/sessions/" + session + "/seats", "en").json();
        assertEquals(2, seats.getInt("held"));
        assertEquals(0, seats.getInt("free"));
        assertEquals(1, seats.getInt("waitlisted"));
        JsonArray waitlist = (JsonArray) Http.get(base + "api/v1/sessions/" + session + "/waitlist", "en").structure();
        assertEquals(third.getInt("id"), waitlist.getJsonObject(0).getInt("enrolmentId"));

        Http.Answer dropped = step(second.getInt("id"),
                "{\"step\":\"DROP_OUT\",\"reason\":\"found a job\",\"date\":\"2037-09-01\"}", "en");
        assertEquals(200, dropped.status(), dropped.body());
        assertEquals("DROPPED_OUT", dropped.json().getString("status"));

        JsonObject promoted = Http.get(base + "api/v1/enrolments/" + third.getInt("id"), "en").json();
        assertEquals("ADMITTED", promoted.getString("status"));
        assertEquals("POOL", promoted.getString("seat"));
        JsonArray history = promoted.getJsonArray("history");
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals("WAITLISTED", last.getString("from"));
        assertEquals(Http.ADMINISTRATOR, last.getString("actor"), "steps are recorded as the signed-in user's");
        assertEquals("Admitted automatically when a seat of the open pool freed: the first waiting learner, in order "
                + "of arrival, who could take it (number 1 on the waitlist).", last.getString("explanation"));
        List<String> statuses = ((JsonArray) Http.get(base + "api/v1/enrolments?session=" + session, "en").structure())
                .stream().map(row -> row.asJsonObject().getString("status")).toList();
        assertEquals(List.of("ADMITTED", "DROPPED_OUT", "ADMITTED"), statuses);
        assertFalse(Http.get(base + "api/v1/enrolments?session=" + session, "en").body().contains("niss"));
    }

    @Test
    void refusesStepsOutOfOrderAndBadSeatPlansAndWritesNothing() {
        long session = session("2038-02-01", 3);
        Http.Answer applied = Http.post(base + "api/v1/enrolments",
                "{\"learner\":%d,\"session\":%d}".formatted(learner("WORKER"), session), "en");
        long id = applied.json().getJsonNumber("id").longValue();

        Http.Answer outOfOrder = step(id, "{\"step\":\"ENROL\"}", "nl");
        assertProblem(outOfOrder, 422, "enrolment.status.transition");
        assertEquals("Een inschrijving kan niet van \"Aangemeld\" naar \"Ingeschreven\" gaan.",
                outOfOrder.json().getString("detail"));
        assertProblem(step(id, "{\"step\":\"REFUSE\"}", "en"), 422, "enrolment.reason.required");
        assertProblem(step(id, "{\"step\":\"FLY\"}", "en"), 422, "input.choice");
        assertEquals(1, Http.get(base + "api/v1/enrolments/" + id, "en").json().getJsonArray("history").size(),
                "refused steps leave the history as it was");
        assertProblem(Http.post(base + "api/v1/enrolments",
                "{\"learner\":%d,\"session\":%d}".formatted(
                        applied.json().getJsonNumber("learner").longValue(), session), "en"), 422,
                "enrolment.alreadyOpen");

        assertProblem(Http.current().put(base + "api/v1/sessions/" + session + "/seats",
                "{\"quotas\":{\"ACTIRIS\":2,\"VDAB_BRUSSEL\":2}}", "fr"), 422,
                "seats.quota.aboveCapacity");
        assertProblem(Http.current().put(base + "api/v1/sessions/" + session + "/seats",
                "{\"quotas\":{\"NOBODY\":1}}", "en"), 422, "partner.unknown");
        assertEquals(0, Http.get(base + "api/v1/sessions/" + session + "/seats", "en").json()
                .getJsonArray("quotas").size());
        assertProblem(Http.get(base + "api/v1/sessions/987654321/seats", "en"), 404, "session.unknown");
        assertProblem(Http.get(base + "api/v1/enrolments/987654321", "en"), 404, "enrolment.unknown");
        assertProblem(Http.get(base + "api/v1/enrolments/abc", "en"), 400, "request.parameter.invalid");
        assertNotNull(Http.get(base + "api/v1/sessions/" + session + "/meetings", "en").structure(),
                "the session's other paths still answer");
    }

    @Test
    void attendanceOfAMeetingThatHasNotTakenPlaceIsRefusedAndRatesStartEmpty() {
        long session = session("2038-03-01", 2);
        Http.Answer meetings = Http.current().put(base + "api/v1/sessions/" + session + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"TUESDAY\",\"start\":\"13:00\",\"end\":\"16:00\"}]}", "en");
        assertEquals(200, meetings.status(), meetings.body());
        int meeting = ((JsonArray) meetings.structure()).getJsonObject(0).getInt("id");
        JsonObject admitted = applyScreenAdmit(session, null);

        Http.Answer refused = Http.current().put(base + "api/v1/meetings/" + meeting + "/attendance",
                "{\"marks\":{\"%d\":\"PRESENT\"}}".formatted(admitted.getInt("id")), "fr");
        assertProblem(refused, 422, "attendance.meeting.future");
        assertEquals("La séance du 2 mars 2038 n’a pas encore eu lieu.", refused.json().getString("detail"));
        assertProblem(Http.current().put(base + "api/v1/meetings/987654321/attendance",
                "{\"marks\":{\"1\":\"PRESENT\"}}", "en"), 404, "meeting.unknown");
        assertProblem(Http.current().put(base + "api/v1/meetings/" + meeting + "/attendance",
                "{\"marks\":{\"1\":\"ASLEEP\"}}", "en"), 422, "input.choice");

        JsonObject attendance = Http.get(base + "api/v1/sessions/" + session + "/attendance", "en").json();
        assertEquals(1, attendance.getJsonArray("learners").size());
        assertEquals(0, attendance.getJsonObject("total").getInt("expected"));
        assertFalse(attendance.getJsonObject("total").containsKey("rate"), "no rate before any expected meeting");
    }

    @Test
    void aLearnerOfDigitalcityIsNotReadByTechnicityStaffGuessingTheId() {
        long session = session("2037-11-02", 4);
        JsonObject enrolment = applyScreenAdmit(session, null);
        long learner = enrolment.getJsonNumber("learner").longValue();
        String learnerUrl = base + "api/v1/learners/" + learner;
        String enrolmentUrl = base + "api/v1/enrolments/" + enrolment.getInt("id");

        assertEquals(200, Http.as("staff.digitalcity").get(learnerUrl, "en").status());
        assertProblem(Http.as("staff.technicity").get(learnerUrl, "en"), 403, "access.denied.record");
        assertProblem(Http.as("staff.technicity").get(enrolmentUrl, "en"), 403, "access.denied.record");
        assertProblem(Http.as("board.technicity").get(learnerUrl, "en"), 403, "access.denied.record");
        assertProblem(Http.as("manager.actiris").get(base + "api/v1/sessions/" + session + "/waitlist", "en"), 403,
                "access.denied.record");
        assertProblem(Http.as("staff.technicity").current().post(enrolmentUrl + "/steps", "{\"step\":\"ENROL\"}", "en"), 403,
                "access.denied.record");
        assertEquals("ADMITTED", Http.get(enrolmentUrl, "en").json().getString("status"), "the refused step changed nothing");
        // an unknown id is answered like another centre's record to those who do not reach every centre
        assertProblem(Http.as("staff.technicity").get(base + "api/v1/learners/987654321", "en"), 403,
                "access.denied.record");
        assertProblem(Http.get(base + "api/v1/learners/987654321", "en"), 404, "learner.unknown");
    }
}
