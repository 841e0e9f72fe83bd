package be.pfe.operations.web.it;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.testing.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Messages to learners through a real SMTP server (GreenMail, {@link MailServer}): admitting, promoting from the
 * waitlist, moving and cancelling produce the right messages in the learner's language; a learner without an address
 * gets a letter; with the server down the messages wait and are delivered once it is back, none twice. Sessions in
 * 2049, which no other test uses.
 */
class NotificationIT {

    private static final AtomicInteger LEARNERS = new AtomicInteger();
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static String base;
    private static MailServer mail;

    @BeforeAll
    static void start() {
        base = RunningApplication.baseUrl();
        mail = MailServer.shared();
    }

    private static String address(String who) {
        return "notif-" + who + "-" + System.nanoTime() + "@example.be";
    }

    private static long learner(String language, String email, String niss) {
        int number = LEARNERS.incrementAndGet();
        Http.Answer created = Http.post(base + "api/v1/learners", """
                {"familyName":"Notice%d","givenName":"Lea","birthDate":"%s",%s"language":"%s",
                 "entryStatus":"JOBSEEKER_ACTIRIS","educationLevel":"LOWER_SECONDARY"%s}""".formatted(number,
                LocalDate.of(1990, 3, 1).plusDays(number), email == null ? "" : "\"email\":\"" + email + "\",",
                language, niss == null ? "" : ",\"niss\":\"" + niss + "\""), "en");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static long session(String start, int seats) {
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"TECHNICITY","course":"TEC-ELEC-01","room":"T-A02","startDate":"%s","endDate":"%s",
                 "seatCapacity":%d,"teachingLanguage":"FR"}""".formatted(start, LocalDate.parse(start).plusWeeks(5),
                seats), "en");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        Http.Answer pattern = Http.current().put(base + "api/v1/sessions/" + id + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"TUESDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}]}", "en");
        assertEquals(200, pattern.status(), pattern.body());
        return id;
    }

    /** Applies, screens and asks for a seat; the status reached (ADMITTED or WAITLISTED). */
    private static long enrolAndAdmit(long learner, long session, String expectedStatus) {
        Http.Answer applied = Http.post(base + "api/v1/enrolments",
                "{\"learner\":%d,\"session\":%d}".formatted(learner, session), "en");
        assertEquals(201, applied.status(), applied.body());
        long id = applied.json().getJsonNumber("id").longValue();
        assertEquals(200, step(id, "{\"step\":\"SCREEN\"}").status());
        Http.Answer admitted = step(id, "{\"step\":\"ADMIT\"}");
        assertEquals(200, admitted.status(), admitted.body());
        assertEquals(expectedStatus, admitted.json().getString("status"), admitted.body());
        return id;
    }

    private static Http.Answer step(long enrolment, String body) {
        return Http.current().post(base + "api/v1/enrolments/" + enrolment + "/steps", body, "en");
    }

    private static JsonArray messages(long learner) {
        Http.Answer answer = Http.get(base + "api/v1/learners/" + learner + "/messages", "en");
        assertEquals(200, answer.status(), answer.body());
        return (JsonArray) answer.structure();
    }

    private static <T> T await(String what, Supplier<T> probe, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "; last: " + value);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = probe.get();
        }
        return value;
    }

    private static List<MailServer.Mail> mailsTo(String address, int count) {
        return await(count + " mail(s) to a learner", () -> mail.to(address), mails -> mails.size() >= count);
    }

    @Test
    void admittingPromotingMovingAndCancellingTellTheLearnersInTheirLanguage() throws Exception {
        long session = session("2049-03-01", 2);
        String dutch = address("nl");
        String english = address("en");
        String niss = EnrolmentApiIT.niss(LocalDate.of(1990, 3, 1).plusDays(LEARNERS.get() + 1), 41);
        long anneke = learner("NL", dutch, niss);
        long ben = learner("EN", english, null);
        long claire = learner("FR", null, null);

        long annekeEnrolment = enrolAndAdmit(anneke, session, "ADMITTED");
        enrolAndAdmit(claire, session, "ADMITTED");
        enrolAndAdmit(ben, session, "WAITLISTED");

        MailServer.Mail convocation = mailsTo(dutch, 1).get(0);
        assertTrue(convocation.subject().startsWith("Oproeping: "), convocation.subject());
        assertTrue(convocation.text().contains("Eerste les: dinsdag 2 maart 2049, 09:00–12:00"), convocation.text());
        assertTrue(convocation.text().contains("lokaal"), convocation.text());
        assertFalse(convocation.text().contains(niss) || convocation.text().contains(niss.substring(0, 6)),
                "no national register number in a message");
        assertTrue(mail.to(english).isEmpty(), "nothing to a waitlisted learner yet");

        // Anneke stops: Ben gets her seat, and is told so in English
        assertEquals(200, step(annekeEnrolment, "{\"step\":\"DROP_OUT\",\"reason\":\"found a job\",\"date\":\"%s\"}".formatted(LocalDate.now(Clocks.BRUSSELS))).status());
        MailServer.Mail promotion = mailsTo(english, 1).get(0);
        assertTrue(promotion.subject().startsWith("A place is free for you: "), promotion.subject());
        assertTrue(promotion.text().contains("First meeting: Tuesday 2 March 2049, 09:00–12:00"), promotion.text());

        // Claire has no address: her convocation is a letter to print, never sent
        JsonArray claireMessages = messages(claire);
        assertEquals(1, claireMessages.size(), claireMessages.toString());
        assertEquals("CONVOCATION", claireMessages.getJsonObject(0).getString("kind"));
        assertEquals("LETTER", claireMessages.getJsonObject(0).getString("status"));
        assertEquals("FR", claireMessages.getJsonObject(0).getString("language"));
        assertTrue(claireMessages.getJsonObject(0).getString("subject").startsWith("Convocation : "));

        // the first meeting moves: the learners holding a seat (Ben, Claire) are told; Anneke no longer
        JsonArray meetings = (JsonArray) Http.get(base + "api/v1/sessions/" + session + "/meetings", "en").structure();
        JsonObject first = meetings.getJsonObject(0);
        assertEquals("2049-03-02", first.getString("date"), "the session's first Tuesday");
        Http.Answer moved = Http.current().put(base + "api/v1/meetings/" + first.getJsonNumber("id").longValue(),
                "{\"date\":\"2049-03-03\",\"start\":\"13:30\",\"end\":\"16:00\"}", "en");
        assertEquals(200, moved.status(), moved.body());
        MailServer.Mail movedMail = mailsTo(english, 2).get(1);
        assertTrue(movedMail.subject().startsWith("Meeting moved: "), movedMail.subject());
        assertTrue(movedMail.text().contains("Tuesday 2 March 2049, 09:00–12:00")
                && movedMail.text().contains("Wednesday 3 March 2049, 13:30–16:00"), movedMail.text());

        // the second meeting is cancelled, then the whole session, with their reasons
        Http.Answer cancelled = Http.current().post(base + "api/v1/meetings/" + meetings.getJsonObject(1).getJsonNumber("id")
                .longValue() + "/cancel", "{\"reason\":\"Trainer ill\"}", "en");
        assertEquals(200, cancelled.status(), cancelled.body());
        MailServer.Mail meetingCancelled = mailsTo(english, 3).get(2);
        assertTrue(meetingCancelled.subject().startsWith("Meeting cancelled: "), meetingCancelled.subject());
        assertTrue(meetingCancelled.text().contains("Reason: Trainer ill"), meetingCancelled.text());

        Http.Answer sessionCancelled = Http.current().post(base + "api/v1/sessions/" + session + "/cancellation",
                "{\"reason\":\"Too few learners\"}", "en");
        assertEquals(200, sessionCancelled.status(), sessionCancelled.body());
        MailServer.Mail cancellation = mailsTo(english, 4).get(3);
        assertTrue(cancellation.subject().startsWith("Training cancelled: "), cancellation.subject());
        assertTrue(cancellation.text().contains("Reason: Too few learners"), cancellation.text());

        // the learner's page lists them, sent; a refused change writes nothing
        JsonArray benMessages = await("Ben's messages sent", () -> messages(ben), list -> list.size() == 4
                && list.stream().allMatch(m -> m.asJsonObject().getString("status").equals("SENT")));
        assertEquals(List.of("SESSION_CANCELLED", "MEETING_CANCELLED", "MEETING_MOVED", "WAITLIST_PROMOTION"),
                benMessages.stream().map(m -> m.asJsonObject().getString("kind")).toList());
        assertEquals(1, mail.to(dutch).size(), "Anneke, who stopped, heard nothing after her convocation");
        assertEquals(4, messages(claire).size(), "Claire's letters: convocation, moved, cancelled, session cancelled");

        // the day's letters, one PDF to print: Claire's are in it for Technicity's staff, not for Digitalcity's
        String claireName = Http.get(base + "api/v1/learners/" + claire, "en").json().getString("familyName");
        String letters = pdftotext(download(base + "api/v1/outbox/letters", "staff.technicity"));
        assertTrue(letters.contains("Lea " + claireName) && letters.contains(claireMessages.getJsonObject(0)
                .getString("subject")) && letters.contains("Motif : Too few learners"), letters);
        assertFalse(pdftotext(download(base + "api/v1/outbox/letters", "staff.digitalcity")).contains(claireName));
    }

    @Test
    void withTheMailServerDownMessagesWaitAndAreDeliveredOnceWhenItIsBack() {
        long session = session("2049-06-01", 5);
        String[] addresses = {address("down1"), address("down2"), address("down3")};
        mail.stop();
        try {
            long first = learner("FR", addresses[0], null);
            enrolAndAdmit(first, session, "ADMITTED");
            JsonObject waiting = await("a failed attempt", () -> messages(first).getJsonObject(0),
                    message -> message.getInt("attempts") >= 1);
            assertEquals("PENDING", waiting.getString("status"), waiting.toString());
            assertFalse(waiting.isNull("lastError"), waiting.toString());
            for (int i = 1; i < addresses.length; i++) {
                enrolAndAdmit(learner("NL", addresses[i], null), session, "ADMITTED");
            }
        } finally {
            mail.start();
        }
        for (String address : addresses) {
            mailsTo(address, 1);
        }
        try {
            Thread.sleep(4000); // a few more runs of the job: none sends a message twice
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (String address : addresses) {
            assertEquals(1, mail.to(address).size(), "one convocation, once");
        }
    }

    private static final java.util.Set<String> NO_MEETING_DAYS = java.util.Set.of("01-01", "05-01", "07-11", "07-21",
            "08-15", "09-27", "11-01", "11-11", "12-25", "12-26");

    private static byte[] download(String url) throws Exception {
        return download(url, Http.ADMINISTRATOR);
    }

    private static byte[] download(String url, String user) throws Exception {
        java.net.http.HttpResponse<byte[]> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("Accept-Language", "en")
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                (user + ":" + Http.DEMO_PASSWORD).getBytes(
                                        java.nio.charset.StandardCharsets.UTF_8)))
                        .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElse(""));
        return answer.body();
    }

    private static String pdftotext(byte[] pdf) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("attestation", ".pdf");
        try {
            java.nio.file.Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-raw", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            process.waitFor();
            return text.replaceAll("\\s+", " ");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void monthlyAttestationsCountTheAttendanceRecordsAndAreNumberedAndVerifiable() throws Exception {
        LocalDate today = LocalDate.now(Clocks.BRUSSELS);
        java.time.YearMonth month = java.time.YearMonth.from(today).minusMonths(1);
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"TECHNICITY","course":"TEC-ELEC-01","startDate":"%s","endDate":"%s","seatCapacity":5,
                 "teachingLanguage":"FR"}""".formatted(month.atDay(1), today.plusDays(30)), "en");
        assertEquals(201, created.status(), created.body());
        long session = created.json().getJsonNumber("id").longValue();
        // four meetings of last month, Tuesdays and Wednesdays that are no holiday (an administrator adds past ones)
        List<Long> meetings = new java.util.ArrayList<>();
        for (LocalDate day = month.atDay(2); meetings.size() < 4 && !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek() == java.time.DayOfWeek.TUESDAY
                    || day.getDayOfWeek() == java.time.DayOfWeek.WEDNESDAY;
            if (weekday && !NO_MEETING_DAYS.contains("%02d-%02d".formatted(day.getMonthValue(), day.getDayOfMonth()))) {
                Http.Answer added = Http.post(base + "api/v1/sessions/" + session + "/meetings",
                        "{\"date\":\"%s\",\"start\":\"09:00\",\"end\":\"12:30\",\"reason\":\"past meetings\"}"
                                .formatted(day), "en");
                assertEquals(201, added.status(), added.body());
                meetings.add(added.json().getJsonNumber("id").longValue());
            }
        }
        assertEquals(4, meetings.size());
        long francoise = learner("FR", address("att-fr"), null);
        long noor = learner("NL", address("att-nl"), null);
        long francoiseEnrolment = enrolAndAdmit(francoise, session, "ADMITTED");
        long noorEnrolment = enrolAndAdmit(noor, session, "ADMITTED");
        String[] francoiseMarks = {"PRESENT", "LATE", "EXCUSED", "ABSENT"};
        for (int i = 0; i < 4; i++) {
            String marks = i < 3 ? "{\"marks\":{\"%d\":\"%s\",\"%d\":\"PRESENT\"}}".formatted(francoiseEnrolment,
                    francoiseMarks[i], noorEnrolment) : "{\"marks\":{\"%d\":\"%s\"}}".formatted(francoiseEnrolment,
                    francoiseMarks[i]);
            Http.Answer recorded = Http.current().put(base + "api/v1/meetings/" + meetings.get(i) + "/attendance", marks, "en");
            assertTrue(recorded.status() == 200 || recorded.status() == 204, recorded.body());
        }

        // Françoise's attestation, in French: 4 meetings of 3.5 h; present or late 7 h, excused 3.5 h, absent 3.5 h
        String own = pdftotext(download(base + "api/v1/enrolments/" + francoiseEnrolment
                + "/documents/attendance?month=" + month));
        assertTrue(own.contains("Attestation de présence"), own);
        assertTrue(own.contains("Séances 4"), own);
        assertTrue(own.contains("Heures de présence 7,00"), own);
        assertTrue(own.contains("Heures d'absence justifiée 3,50"), own);
        assertTrue(own.contains("Heures d'absence 3,50"), own);
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("ATT-\\d{4}-\\d{6}-\\d{2}").matcher(own);
        assertTrue(number.find(), own);
        JsonObject check = Http.get(base + "api/v1/documents/" + number.group(), "en").json();
        assertEquals("ATTENDANCE", check.getString("kind"));
        assertEquals(francoiseEnrolment, check.getJsonNumber("enrolmentId").longValue());
        assertEquals("meetings=4;present=420min;excused=210min;absent=210min", check.getString("figures"));
        Http.assertProblem(Http.get(base + "api/v1/documents/ATT-1999-000000-00", "en"), 404, "document.unknown");
        Http.assertProblem(Http.as("staff.digitalcity").get(base + "api/v1/documents/" + number.group(), "en"), 403,
                "access.denied.record");
        // to a centre's staff, a number issued nowhere is refused like another centre's: they learn nothing of either
        Http.assertProblem(Http.as("staff.digitalcity").get(base + "api/v1/documents/ATT-1999-000000-00", "en"), 403,
                "access.denied.record");

        // the whole session's month in one download: each learner on their own page, in their own language
        String all = pdftotext(download(base + "api/v1/sessions/" + session + "/documents/attendance?month=" + month));
        assertTrue(all.contains("Heures de présence 7,00"), all);
        assertTrue(all.contains("Aanwezigheidsattest") && all.contains("Uren aanwezig 10,50")
                && all.contains("Uren gewettigd afwezig 0,00") && all.contains("Uren afwezig 0,00"), all);
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("ATT-\\d{4}-\\d{6}-\\d{2}").matcher(all);
        assertEquals(2, numbers.results().map(java.util.regex.MatchResult::group).distinct().count(), all);

        String letter = pdftotext(download(base + "api/v1/enrolments/" + noorEnrolment + "/documents/convocation"));
        assertTrue(letter.contains("Oproeping") && letter.contains("Notice") && letter.contains("CONV-"), letter);
        Http.assertProblem(Http.get(base + "api/v1/enrolments/" + noorEnrolment + "/documents/completion", "en"), 422,
                "document.completion.notCompleted");
    }

    /**
     * In a real headless Chromium, as a centre's staff member: admitting a learner at the desk puts the convocation in
     * the learner's messages (a letter to print: no address given at the desk), and the session's page downloads the
     * month's attendance attestations as one PDF.
     */
    @Test
    void staffAdmitsALearnerSeesTheConvocationInTheirMessagesAndDownloadsTheMonthsAttestations() throws Exception {
        Http.Answer created = Http.post(base + "api/v1/sessions", """
                {"centre":"TECHNICITY","course":"TEC-ELEC-01","startDate":"2049-10-04","endDate":"2049-11-30",
                 "seatCapacity":3,"teachingLanguage":"FR"}""", "en");
        assertEquals(201, created.status(), created.body());
        long session = created.json().getJsonNumber("id").longValue();
        assertEquals(200, Http.current().put(base + "api/v1/sessions/" + session + "/weekly-pattern",
                "{\"slots\":[{\"day\":\"TUESDAY\",\"start\":\"09:00\",\"end\":\"12:30\"}]}", "en").status());
        java.nio.file.Path downloads = java.nio.file.Files.createTempDirectory("pfe-downloads");
        Chromium chromium = Chromium.open(base, 1300);
        try {
            chromium.signIn("staff.technicity");
            ((org.openqa.selenium.chrome.ChromeDriver) chromium.browser).executeCdpCommand("Browser.setDownloadBehavior",
                    java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            chromium.browser.get(base + "session-enrolments.xhtml?session=" + session);
            chromium.type("enrolmentsForm:familyName", "Courrier");
            chromium.type("enrolmentsForm:givenName", "Lina");
            chromium.type("enrolmentsForm:birthDate_input", "14/02/1994");
            chromium.byId("enrolmentsForm:enrol").click();
            chromium.ajaxDone();
            assertTrue(chromium.byId("enrolmentsForm:summary").getText().contains("Courrier Lina is admitted."),
                    chromium.byId("enrolmentsForm:summary").getText());

            chromium.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                    org.openqa.selenium.By.xpath("//tbody[@id='enrolmentsForm:enrolments_data']/tr[contains(., "
                            + "'Courrier')]//a[contains(@id, ':learner')]"))).click();
            org.openqa.selenium.WebElement messages = chromium.wait.until(
                    org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                            org.openqa.selenium.By.id("learnerForm:learnerMessages")));
            String shown = messages.getText();
            // the desk registers the learner in the language of the staff member's pages (English here)
            assertTrue(shown.contains("Learner (EN)") && shown.contains("Invitation: Industrial electrician")
                    && shown.contains("Letter to print"), shown);
            ((org.openqa.selenium.JavascriptExecutor) chromium.browser).executeScript(
                    "document.getElementById('messagesHeading').scrollIntoView()");
            chromium.screenshot("notifications-1-learner-messages");

            chromium.browser.get(base + "session.xhtml?id=" + session);
            org.openqa.selenium.WebElement october = chromium.wait.until(
                    org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(org.openqa.selenium.By.xpath(
                            "//div[@id='sessionPage:documents']//button[contains(., 'October 2049')]")));
            ((org.openqa.selenium.JavascriptExecutor) chromium.browser).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'})", october);
            chromium.screenshot("notifications-2-session-attestations");
            october.click();
            java.nio.file.Path pdf = await("the downloaded attestations", () -> {
                try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(downloads)) {
                    return files.filter(file -> file.toString().endsWith(".pdf")).findFirst().orElse(null);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, java.util.Objects::nonNull);
            String text = pdftotext(java.nio.file.Files.readAllBytes(pdf));
            assertTrue(text.contains("Attendance attestation - October 2049") && text.contains("Lina Courrier")
                    && text.contains("Meetings 4") && text.contains("Hours present 0.00"), text);

            chromium.browser.get(base + "outbox.xhtml");
            String outbox = chromium.byId("outboxForm:outbox").getText();
            assertTrue(outbox.contains("Invitation: Industrial electrician") && outbox.contains("Letter to print"), outbox);
            chromium.screenshot("notifications-3-outbox");
        } finally {
            chromium.close();
        }
    }

    @Test
    void theReferringPartnerHearsOfItsLearnerAdmittedAndDroppingOutOnceItGaveAnAddress() {
        String adviser = address("actiris");
        Http.assertProblem(atCurrentVersion(Http.as("staff.technicity"), base + "api/v1/partners/ACTIRIS/notification-address",
                "{\"email\":\"" + adviser + "\"}"), 403, "access.denied");
        // the partner reads Dutch: its messages are in Dutch whatever the learner's language (French here)
        Http.Answer set = atCurrentVersion(base + "api/v1/partners/ACTIRIS/notification-address",
                "{\"email\":\"" + adviser + "\",\"language\":\"NL\"}", "en");
        assertEquals(200, set.status(), set.body());
        assertEquals("NL", set.json().getString("language"));
        // traced with who and when, never the address itself
        List<String> traced = audited("ACTIRIS", "PARTNER_ADDRESS_CHANGED");
        assertEquals(Http.ADMINISTRATOR + " PARTNER_ADDRESS_CHANGED address set, language NL",
                traced.get(traced.size() - 1));
        assertTrue(traced.stream().noneMatch(event -> event.contains("@")), traced.toString());
        try {
            long session = session("2049-09-06", 3);
            long learner = learner("FR", address("referred"), null);
            Http.Answer applied = Http.post(base + "api/v1/enrolments",
                    "{\"learner\":%d,\"session\":%d,\"partner\":\"ACTIRIS\"}".formatted(learner, session), "en");
            assertEquals(201, applied.status(), applied.body());
            long enrolment = applied.json().getJsonNumber("id").longValue();
            assertEquals(200, step(enrolment, "{\"step\":\"SCREEN\"}").status());
            assertEquals(200, step(enrolment, "{\"step\":\"ADMIT\"}").status());
            MailServer.Mail admitted = mailsTo(adviser, 1).get(0);
            assertTrue(admitted.subject().startsWith("Toelating van uw cursist: "), admitted.subject());
            assertEquals(200, step(enrolment, "{\"step\":\"DROP_OUT\",\"reason\":\"moved away\",\"date\":\"%s\"}"
                    .formatted(LocalDate.now(Clocks.BRUSSELS))).status());
            MailServer.Mail dropped = mailsTo(adviser, 2).get(1);
            assertTrue(dropped.subject().startsWith("Uw cursist is gestopt: ") && dropped.text().contains("Reden: moved away"),
                    dropped.subject() + " " + dropped.text());
            assertEquals(List.of("PARTNER_DROPPED_OUT", "PARTNER_ADMITTED", "CONVOCATION"), messages(learner).stream()
                    .map(m -> m.asJsonObject().getString("kind")).toList());
            assertEquals(List.of("NL", "NL", "FR"), messages(learner).stream()
                    .map(m -> m.asJsonObject().getString("language")).toList());

            // without a language given, a partner's messages are in French
            String other = address("actiris-fr");
            assertEquals("FR", atCurrentVersion(base + "api/v1/partners/ACTIRIS/notification-address",
                    "{\"email\":\"" + other + "\",\"language\":\"FR\"}", "en").json().getString("language"));
            long second = learner("NL", address("referred-nl"), null);
            Http.Answer again = Http.post(base + "api/v1/enrolments",
                    "{\"learner\":%d,\"session\":%d,\"partner\":\"ACTIRIS\"}".formatted(second, session), "en");
            assertEquals(201, again.status(), again.body());
            long secondEnrolment = again.json().getJsonNumber("id").longValue();
            assertEquals(200, step(secondEnrolment, "{\"step\":\"SCREEN\"}").status());
            assertEquals(200, step(secondEnrolment, "{\"step\":\"ADMIT\"}").status());
            MailServer.Mail french = mailsTo(other, 1).get(0);
            assertFalse(french.subject().startsWith("Toelating"), french.subject());
        } finally {
            assertEquals(200, atCurrentVersion(base + "api/v1/partners/ACTIRIS/notification-address",
                    "{\"email\":\"\",\"language\":\"FR\"}", "en").status());
        }
    }

    /** A PUT as the administrator from the version (ETag) the address answers now. */
    private static Http.Answer atCurrentVersion(String url, String body, String language) {
        return atCurrentVersion(Http.as(Http.ADMINISTRATOR), url, body);
    }

    /** A PUT as this user from the version (ETag) the address answers the administrator now. */
    private static Http.Answer atCurrentVersion(Http.User user, String url, String body) {
        String etag = Http.as(Http.ADMINISTRATOR).get(url, "en").header("ETag");
        assertNotNull(etag, "no ETag at " + url);
        return user.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("Accept-Language", "en")
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The audit trail's events of these actions about this subject, oldest first: "actor ACTION detail". */
    private static List<String> audited(String subject, String... actions) {
        return TestDatabase.shared().inTransaction(em -> em.createNativeQuery("select actor || ' ' || action || ' ' "
                        + "|| coalesce(detail, '') from audit_event where subject = ?1 and action in ('"
                        + String.join("', '", actions) + "') order by id")
                .setParameter(1, subject).getResultList().stream().map(String::valueOf).toList());
    }

    private static JsonObject template(String centre, String kind, String language) {
        return Http.get(base + "api/v1/centres/" + centre + "/message-templates", "en").structure().asJsonArray()
                .stream().map(JsonObject.class::cast).filter(t -> t.getString("kind").equals(kind)
                        && t.getString("language").equals(language)).findFirst().orElseThrow();
    }

    /**
     * In Chromium, a centre's staff member edits the centre's text of a message: the placeholders explained, a preview
     * with a made-up learner, a change made meanwhile by someone else refused politely (and shown as it now stands),
     * saved, then back to the default. The partners' addresses are offered to administrators only, who set one with
     * its language.
     */
    @Test
    void staffEditTheirCentresMessageTextsAndAdministratorsThePartnersAddresses() throws Exception {
        Chromium chromium = Chromium.open(base, 1300);
        try {
            chromium.signIn("staff.digitalcity");
            assertTrue(chromium.browser.getPageSource().contains("message-templates.xhtml"), "offered in the menu");
            chromium.browser.get(base + "message-templates.xhtml");
            chromium.byId("templatesForm:templates");
            assertTrue(chromium.browser.findElements(org.openqa.selenium.By.id("templatesForm:partnersPanel")).isEmpty(),
                    "the partners' addresses are for administrators");
            assertTrue(chromium.byId("templatesForm:centre_label").getText().startsWith("Digitalcity"),
                    chromium.byId("templatesForm:centre_label").getText());
            assertFalse(chromium.browser.getPageSource().contains("Technicity</option>"), "own centre only");
            chromium.choose("templatesForm:language", "Engels"); // Dana's pages are in Dutch; the texts in English
            chromium.ajaxDone();
            org.openqa.selenium.By refusalEdit = org.openqa.selenium.By.xpath("//tbody[@id='templatesForm:templates_data']"
                    + "/tr[td[1][normalize-space()='Weigering']]//button[contains(@id, ':edit')]");
            chromium.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(refusalEdit))
                    .click();
            chromium.ajaxDone();
            org.openqa.selenium.WebElement subject = chromium.byId("templatesForm:subject");
            subject.clear();
            subject.sendKeys("About your application for {course}");
            org.openqa.selenium.WebElement body = chromium.byId("templatesForm:body");
            body.clear();
            body.sendKeys("Dear {learner},\nWe cannot offer you a place: {reason}.\n{centre}");
            assertTrue(chromium.byId("placeholders").getText().contains("{firstMeeting}"),
                    chromium.byId("placeholders").getText());
            chromium.byId("templatesForm:preview").click();
            chromium.ajaxDone();
            assertEquals("About your application for Accounting assistant",
                    chromium.byId("previewSubject").getText());
            assertTrue(chromium.byId("previewBody").getText().contains("Dear Alex Martin,")
                    && chromium.byId("previewBody").getText().contains("Digitalcity"),
                    chromium.byId("previewBody").getText());
            ((org.openqa.selenium.JavascriptExecutor) chromium.browser).executeScript(
                    "document.getElementById('templatesForm:editor').scrollIntoView()");
            chromium.screenshot("notifications-4-template-preview");

            // meanwhile an administrator changes the same text over the API: saving is refused, nothing overwritten
            Http.Answer meanwhile = atCurrentVersion(base + "api/v1/centres/DIGITALCITY/message-templates/REFUSAL/EN",
                    "{\"subject\":\"Changed by the administrator\",\"body\":\"Sorry, {learner}.\"}", "en");
            assertEquals(200, meanwhile.status(), meanwhile.body());
            chromium.byId("templatesForm:save").click();
            chromium.ajaxDone();
            String refused = chromium.byId("templatesForm:messages").getText();
            assertTrue(refused.contains("Iemand anders wijzigde deze tekst intussen"), refused);
            assertTrue(chromium.byId("templatesForm:templates").getText().contains("Changed by the administrator"));
            assertEquals("Changed by the administrator", template("DIGITALCITY", "REFUSAL", "EN").getString("subject"));
            chromium.screenshot("notifications-5-template-changed-meanwhile");

            chromium.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(refusalEdit))
                    .click();
            chromium.ajaxDone();
            subject = chromium.byId("templatesForm:subject");
            subject.clear();
            subject.sendKeys("About your application for {course}");
            chromium.byId("templatesForm:save").click();
            chromium.ajaxDone();
            assertTrue(chromium.byId("templatesForm:messages").getText().contains("De tekst is opgeslagen"));
            JsonObject saved = template("DIGITALCITY", "REFUSAL", "EN");
            assertEquals("About your application for {course}", saved.getString("subject"));
            assertTrue(saved.getBoolean("own"));

            chromium.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(refusalEdit))
                    .click();
            chromium.ajaxDone();
            chromium.byId("templatesForm:reset").click();
            chromium.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                    org.openqa.selenium.By.cssSelector(".ui-confirmdialog-yes"))).click();
            chromium.ajaxDone();
            assertTrue(chromium.byId("templatesForm:messages").getText().contains("De standaardtekst geldt weer"));
            // the page shows the latest changes from the audit trail: who, when, which text
            String changes = chromium.byId("templatesForm:changes").getText();
            assertTrue(changes.contains("staff.digitalcity") && changes.contains("Terug naar de standaardtekst")
                    && changes.contains("Eigen tekst opgeslagen") && changes.contains("Weigering"), changes);
            ((org.openqa.selenium.JavascriptExecutor) chromium.browser).executeScript(
                    "document.getElementById('changesHeading').scrollIntoView()");
            chromium.screenshot("notifications-5b-template-changes");
            assertFalse(template("DIGITALCITY", "REFUSAL", "EN").getBoolean("own"));
            // each change is in the audit trail with who made it (the centre, the kind, the language; no text)
            List<String> traced = audited("DIGITALCITY", "MESSAGE_TEMPLATE_CHANGED", "MESSAGE_TEMPLATE_RESET");
            assertEquals(List.of(Http.ADMINISTRATOR + " MESSAGE_TEMPLATE_CHANGED REFUSAL EN",
                    "staff.digitalcity MESSAGE_TEMPLATE_CHANGED REFUSAL EN",
                    "staff.digitalcity MESSAGE_TEMPLATE_RESET REFUSAL EN"),
                    traced.subList(Math.max(0, traced.size() - 3), traced.size()));
            assertTrue(TestDatabase.shared().inTransaction(em -> em.createNativeQuery("select count(*) from audit_event "
                    + "where detail like '%application for%' or detail like '%Sorry%'").getSingleResult()) instanceof Number n
                    && n.longValue() == 0, "no message text in the audit trail");
        } finally {
            chromium.close();
            String template = base + "api/v1/centres/DIGITALCITY/message-templates/REFUSAL/EN";
            Http.as(Http.ADMINISTRATOR).send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(template))
                    .header("If-Match", Http.as(Http.ADMINISTRATOR).get(template, "en").header("ETag")).DELETE());
        }

        Chromium admin = Chromium.open(base, 1300);
        try {
            admin.signIn(Http.ADMINISTRATOR);
            admin.browser.get(base + "message-templates.xhtml");
            org.openqa.selenium.By vdabRow = org.openqa.selenium.By.xpath(
                    "//tbody[@id='templatesForm:partners_data']/tr[td[1][normalize-space()='VDAB Brussel']]");
            org.openqa.selenium.WebElement row = admin.wait.until(
                    org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(vdabRow));
            String rowId = row.findElement(org.openqa.selenium.By.xpath(".//input[contains(@id, ':partnerEmail')]"))
                    .getAttribute("id").replace(":partnerEmail", "");
            admin.type(rowId + ":partnerEmail", "vdab-advisers@example.be");
            admin.choose(rowId + ":partnerLanguage", "Dutch");
            admin.byId(rowId + ":savePartner").click();
            admin.ajaxDone();
            assertTrue(admin.byId("templatesForm:messages").getText().contains("The address of VDAB Brussel is saved"),
                    admin.byId("templatesForm:messages").getText());
            ((org.openqa.selenium.JavascriptExecutor) admin.browser).executeScript(
                    "document.getElementById('templatesForm:partnersPanel').scrollIntoView()");
            admin.screenshot("notifications-6-partner-addresses");
            admin.browser.navigate().refresh();
            assertEquals("vdab-advisers@example.be", admin.byId(rowId + ":partnerEmail").getAttribute("value"));
            assertTrue(admin.byId(rowId + ":partnerLanguage_label").getText().startsWith("Dutch"));
        } finally {
            admin.close();
            assertEquals(200, atCurrentVersion(base + "api/v1/partners/VDAB_BRUSSEL/notification-address",
                    "{\"email\":\"\",\"language\":\"FR\"}", "en").status());
        }
    }

    /** A valid Belgian enterprise number nobody registered yet (check digits: 97 - the first eight mod 97). */
    private static String enterpriseNumber() {
        long first = 8_000_000L + System.nanoTime() % 1_000_000L;
        return "0%d%02d".formatted(first, 97 - (first % 97));
    }

    /**
     * The in-company training agreement: from a placement, in the learner's language (Dutch here), with the centre,
     * the company (address, contact), the learner and their postal address, type, dates, hours, tutor, coach, the
     * training and the signatures block; numbered and verifiable; another centre's staff get 403 naming nothing. The
     * postal address also heads the convocation letter; the national register number appears nowhere.
     */
    @Test
    void theInCompanyTrainingAgreementNamesThePartiesInTheLearnersLanguageAndIsVerifiable() throws Exception {
        Http.User technicity = Http.as("staff.technicity");
        Http.Answer company = technicity.post(base + "api/v1/companies", """
                {"enterpriseNumber":"%s","name":"Lasbedrijf Noord","sector":"TECHNOLOGY_INDUSTRY",
                 "street":"Havenlaan 12","postalCode":"1000","city":"Brussel"}""".formatted(enterpriseNumber()), "en");
        assertEquals(201, company.status(), company.body());
        long companyId = company.json().getJsonNumber("id").longValue();
        assertEquals(200, technicity.current().post(base + "api/v1/companies/" + companyId + "/contacts",
                "{\"name\":\"Greet Contact\",\"jobRole\":\"HR\",\"email\":\"hr@lasbedrijf.be\"}", "en").status());
        int number = LEARNERS.incrementAndGet();
        LocalDate birth = LocalDate.of(1977, 5, 1).plusDays(System.nanoTime() % 3000);
        String niss = EnrolmentApiIT.niss(birth, 500 + number);
        Http.Answer registered = technicity.post(base + "api/v1/learners", """
                {"familyName":"Stagiair%d","givenName":"Wout","birthDate":"%s","language":"NL",
                 "entryStatus":"JOBSEEKER_ACTIRIS","educationLevel":"LOWER_SECONDARY","niss":"%s",
                 "street":"Kerkstraat 7 bus 2","postalCode":"1080","town":"Molenbeek"}"""
                .formatted(number, birth, niss), "en");
        assertEquals(201, registered.status(), registered.body());
        long learner = registered.json().getJsonNumber("id").longValue();
        assertEquals("Kerkstraat 7 bus 2", registered.json().getString("street"));
        Http.Answer planned = Http.post(base + "api/v1/sessions", """
                {"centre":"TECHNICITY","course":"TEC-ELEC-01","startDate":"2049-02-02","endDate":"2049-03-09",
                 "seatCapacity":4,"teachingLanguage":"FR"}""", "en");
        assertEquals(201, planned.status(), planned.body());
        long session = planned.json().getJsonNumber("id").longValue();
        long enrolment = enrolAndAdmit(learner, session, "ADMITTED");
        Http.Answer placed = technicity.post(base + "api/v1/placements", """
                {"learner":%d,"company":%d,"centre":"TECHNICITY","enrolment":%d,"type":"INDIVIDUAL_VOCATIONAL",
                 "startDate":"2049-03-16","endDate":"2049-04-30","hours":152,"workplaceTutor":"Marc Tutor",
                 "centreCoach":"Sofia Coach"}""".formatted(learner, companyId, enrolment), "en");
        assertEquals(201, placed.status(), placed.body());
        long placement = placed.json().getJsonNumber("id").longValue();

        byte[] agreementPdf = download(base + "api/v1/placements/" + placement + "/documents/agreement",
                "staff.technicity");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "notifications_7_agreement.pdf"),
                agreementPdf); // kept to be looked at, like the screenshots
        String agreement = pdftotext(agreementPdf);
        for (String expected : List.of("Overeenkomst opleiding in de onderneming", "Wout Stagiair" + number,
                "Kerkstraat 7 bus 2", "1080 Molenbeek", "Lasbedrijf Noord", "Havenlaan 12, 1000 Brussel",
                "Greet Contact", "Individuele beroepsopleiding", "16 maart 2049 - 30 april 2049", "152", "Marc Tutor",
                "Sofia Coach", "Voor het centrum", "Voor de onderneming", "Datum en handtekening")) {
            assertTrue(agreement.contains(expected), expected + " in: " + agreement);
        }
        java.util.regex.Matcher numbered = java.util.regex.Pattern.compile("AGR-\\d{4}-\\d{6}-\\d{2}").matcher(agreement);
        assertTrue(numbered.find(), agreement);
        JsonObject check = technicity.get(base + "api/v1/documents/" + numbered.group(), "en").json();
        assertEquals("AGREEMENT", check.getString("kind"));
        assertEquals(placement, check.getJsonNumber("placementId").longValue());
        assertEquals("hours=152", check.getString("figures"));

        // from the learner's page: the placement's row downloads the agreement
        java.nio.file.Path downloads = java.nio.file.Files.createTempDirectory("pfe-agreement");
        Chromium chromium = Chromium.open(base, 1300);
        try {
            chromium.signIn("staff.technicity");
            ((org.openqa.selenium.chrome.ChromeDriver) chromium.browser).executeCdpCommand("Browser.setDownloadBehavior",
                    java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            chromium.browser.get(base + "learner.xhtml?id=" + learner);
            org.openqa.selenium.WebElement button = chromium.wait.until(
                    org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(org.openqa.selenium.By.xpath(
                            "//tbody[@id='learnerForm:placements_data']/tr[contains(., 'Lasbedrijf Noord')]"
                                    + "//button[contains(@id, ':agreement')]")));
            assertEquals("Training agreement", button.getText());
            ((org.openqa.selenium.JavascriptExecutor) chromium.browser).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'})", button);
            chromium.screenshot("notifications-8-learner-placement-agreement");
            button.click();
            java.nio.file.Path pdf = await("the downloaded agreement", () -> {
                try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(downloads)) {
                    return files.filter(file -> file.toString().endsWith(".pdf")).findFirst().orElse(null);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, java.util.Objects::nonNull);
            String fromPage = pdftotext(java.nio.file.Files.readAllBytes(pdf));
            assertTrue(fromPage.contains("Overeenkomst opleiding in de onderneming") && fromPage.contains("AGR-")
                    && !fromPage.contains(numbered.group()), "a new number for each copy issued: " + fromPage);

            // from the placement's own page too
            java.nio.file.Files.delete(pdf);
            chromium.browser.get(base + "placement.xhtml?id=" + placement);
            org.openqa.selenium.WebElement onPlacement = chromium.wait.until(org.openqa.selenium.support.ui
                    .ExpectedConditions.elementToBeClickable(org.openqa.selenium.By.id("placementForm:agreement")));
            assertEquals("Training agreement", onPlacement.getText());
            chromium.screenshot("notifications-9-placement-agreement");
            onPlacement.click();
            java.nio.file.Path fromPlacement = await("the agreement downloaded from the placement's page", () -> {
                try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(downloads)) {
                    return files.filter(file -> file.toString().endsWith(".pdf")).findFirst().orElse(null);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, java.util.Objects::nonNull);
            String placementCopy = pdftotext(java.nio.file.Files.readAllBytes(fromPlacement));
            assertTrue(placementCopy.contains("Overeenkomst opleiding in de onderneming")
                    && placementCopy.contains("Lasbedrijf Noord") && placementCopy.contains("AGR-"), placementCopy);
        } finally {
            chromium.close();
        }

        // another centre's staff: refused, naming nothing (neither the placement nor its learner)
        Http.User digitalcity = Http.as("staff.digitalcity");
        Http.Answer refused = digitalcity.get(base + "api/v1/placements/" + placement + "/documents/agreement", "en");
        Http.assertProblem(refused, 403, "access.denied.record");
        assertFalse(refused.body().contains("Stagiair") || refused.body().contains("Lasbedrijf")
                || refused.body().contains("TECHNICITY"), refused.body());
        Http.assertProblem(digitalcity.get(base + "api/v1/documents/" + numbered.group(), "en"), 403,
                "access.denied.record");

        // the convocation letter is addressed to the learner's postal address; no national register number anywhere
        String letter = pdftotext(download(base + "api/v1/enrolments/" + enrolment + "/documents/convocation"));
        assertTrue(letter.contains("Kerkstraat 7 bus 2") && letter.contains("1080 Molenbeek"), letter);
        for (String text : List.of(agreement, letter)) {
            String digitsOnly = text.replaceAll("[^0-9]", "");
            assertFalse(digitsOnly.contains(niss) || text.contains(niss.substring(0, 6)), text);
        }
    }

    @Test
    void aCandidateOfASkillsValidationIsConvenedInTheirLanguage() {
        Http.User staff = Http.as("staff.digitalcity");
        Http.Answer planned = staff.post(base + "api/v1/validations", """
                {"centre":"DIGITALCITY","unit":"VAL-DIG-NET","room":"D-LAB","assessor":"TDUPONT","date":"2049-05-11",
                 "start":"13:30","end":"16:00","seatCapacity":2}""", "en");
        assertEquals(201, planned.status(), planned.body());
        long session = planned.json().getJsonNumber("id").longValue();
        String candidateAddress = address("candidate");
        Http.Answer learner = Http.post(base + "api/v1/learners", """
                {"familyName":"Kandidaat","givenName":"Jef","birthDate":"1991-01-09","email":"%s","language":"NL",
                 "entryStatus":"JOBSEEKER_ACTIRIS","educationLevel":"LOWER_SECONDARY","centre":"DIGITALCITY"}"""
                .formatted(candidateAddress), "en");
        assertEquals(201, learner.status(), learner.body());
        Http.Answer added = staff.post(base + "api/v1/validations/" + session + "/candidates",
                "{\"learnerId\":" + learner.json().getJsonNumber("id").longValue() + "}", "en");
        assertEquals(201, added.status(), added.body());
        MailServer.Mail convened = mailsTo(candidateAddress, 1).get(0);
        assertTrue(convened.subject().startsWith("Oproeping voor de validatieproef: "), convened.subject());
        assertTrue(convened.text().contains("dinsdag 11 mei 2049"),
                convened.text());
        assertTrue(convened.text().contains("13:30–16:00"), convened.text());
    }

    @Test
    void theDayBeforeTheFirstMeetingTheLearnerIsRemindedOnce() {
        LocalDate today = LocalDate.now(Clocks.BRUSSELS);
        long session = Http.post(base + "api/v1/sessions", """
                {"centre":"TECHNICITY","course":"TEC-ELEC-01","startDate":"%s","endDate":"%s","seatCapacity":3,
                 "teachingLanguage":"FR"}""".formatted(today.plusDays(1), today.plusDays(40)), "en").json()
                .getJsonNumber("id").longValue();
        Http.Answer tomorrow = Http.post(base + "api/v1/sessions/" + session + "/meetings",
                "{\"date\":\"%s\",\"start\":\"18:00\",\"end\":\"20:00\"}".formatted(today.plusDays(1)), "en");
        org.junit.jupiter.api.Assumptions.assumeTrue(tomorrow.status() == 201,
                "tomorrow is a day the centre is closed: no meeting to remind of (" + tomorrow.body() + ")");
        String reminded = address("reminder");
        enrolAndAdmit(learner("EN", reminded, null), session, "ADMITTED");
        List<MailServer.Mail> mails = mailsTo(reminded, 2);
        assertTrue(mails.stream().anyMatch(m -> m.subject().startsWith("Reminder: your training starts tomorrow")
                && m.text().contains("18:00–20:00")), mails.toString());
        try {
            Thread.sleep(3000); // more runs of the job: the reminder is not written again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(2, mail.to(reminded).size(), "the convocation and one reminder");
    }
}
