package be.pfe.operations.testing.history;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded partners' files of several past years for the historical import (issue 16): courses, sessions (some
 * crossing 1 January, some cancelled before or after their start, some Dutch-language by VDAB Brussel), learners
 * with every status at entry, and enrolments with every outcome (completed, dropped out before, during and after
 * their session, refused, withdrawn from the waitlist, ended by the session's cancellation, still enrolled), written
 * as the import's CSV files. {@link #expected} computes the three lines of the yearly report per centre and year from
 * the generated rows alone, in plain Java, with the counting rules (docs/counting-rules.md), not the application's SQL.
 */
public final class PartnerFiles {

    public static final String SOURCE = "BRUXELLES_FORMATION";
    private static final String[] STATUSES = {"JOBSEEKER_ACTIRIS", "JOBSEEKER_VDAB", "WORKER", "WORKER_AT_RISK",
            "STUDENT", "ENTREPRENEUR"};
    private static final String[] LEVELS = {"NONE", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", "HIGHER"};
    private static final String[] SECTORS = {"TECHNOLOGY_INDUSTRY", "DIGITAL", "TRANSPORT_LOGISTICS", "CONSTRUCTION"};

    /** A generated course: providing partner and language decide line 1. */
    public record CourseRow(String id, String code, String partner, String language) {
    }

    /** A generated session; {@code cancelledOn} only when cancelled. */
    public record SessionRow(String id, CourseRow course, String centre, LocalDate start, LocalDate end, int seats,
                             String status, LocalDate cancelledOn) {

        /** Held in the year: begun by its end, ended by its start, not cancelled on or before its first day. */
        boolean heldIn(int year) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            if (cancelledOn != null && !cancelledOn.isAfter(start)) {
                return false;
            }
            LocalDate heldEnd = cancelledOn == null ? end : (cancelledOn.isBefore(end) ? cancelledOn : end);
            return !start.isAfter(last) && !heldEnd.isBefore(first);
        }
    }

    public record LearnerRow(String id, String family, String given, LocalDate birth, String status, String level,
                             String centre) {

        boolean jobseeker() {
            return status.startsWith("JOBSEEKER");
        }
    }

    /** A generated enrolment: the day of each step ({@code null}: not taken), its outcome and its day. */
    public record EnrolmentRow(String id, LearnerRow learner, SessionRow session, LocalDate applied,
                               LocalDate screened, LocalDate waitlisted, LocalDate admitted, LocalDate enrolled,
                               String outcome, LocalDate outcomeOn, String reason) {
    }

    private final Random random;
    private final String prefix;
    private final LocalDate today;
    private final List<CourseRow> courses = new ArrayList<>();
    private final List<SessionRow> sessions = new ArrayList<>();
    private final List<LearnerRow> learners = new ArrayList<>();
    private final List<EnrolmentRow> enrolments = new ArrayList<>();
    private int learnerCount;

    /**
     * Files of the years for the centres, about {@code perCentreYear} enrolments each; {@code prefix} makes the
     * course codes, names and external ids of one run its own.
     */
    public static PartnerFiles generate(long seed, String prefix, List<Integer> years, List<String> centres,
                                        int perCentreYear, LocalDate today) {
        PartnerFiles files = new PartnerFiles(seed, prefix, today);
        for (int c = 0; c < centres.size(); c++) {
            files.coursesOf(centres.get(c), c);
        }
        for (int year : years) {
            for (String centre : centres) {
                files.year(centre, year, perCentreYear);
            }
        }
        return files;
    }

    private PartnerFiles(long seed, String prefix, LocalDate today) {
        this.random = new Random(seed);
        this.prefix = prefix;
        this.today = today;
    }

    private void coursesOf(String centre, int index) {
        courses.add(new CourseRow(prefix + "-C-" + centre + "-1", prefix + "-" + centre + "-BF", "BRUXELLES_FORMATION", "FR"));
        courses.add(new CourseRow(prefix + "-C-" + centre + "-2", prefix + "-" + centre + "-FUND", "CEFORA", "FR"));
        courses.add(new CourseRow(prefix + "-C-" + centre + "-3", prefix + "-" + centre + "-VDAB", "VDAB_BRUSSEL", "NL"));
    }

    private List<CourseRow> coursesOf(String centre) {
        return courses.stream().filter(course -> course.id().startsWith(prefix + "-C-" + centre + "-")).toList();
    }

    private void year(String centre, int year, int perCentreYear) {
        int sessionCount = Math.max(3, perCentreYear / 12);
        List<SessionRow> ofYear = new ArrayList<>();
        for (int i = 0; i < sessionCount; i++) {
            int n = sessions.size(); // the kinds of session follow each other across centres and years
            List<CourseRow> own = coursesOf(centre);
            CourseRow course = own.get(n % 7 == 3 ? 2 : n % 5 == 4 ? 1 : 0);
            LocalDate start;
            if (n % 6 == 5) { // crossing 1 January
                start = LocalDate.of(year, 11, 2 + random.nextInt(20));
            } else {
                start = LocalDate.of(year, 1, 10).plusDays(random.nextInt(300));
            }
            LocalDate end = start.plusDays(30 + random.nextInt(120));
            int seats = 12 + random.nextInt(9);
            String status = "CLOSED";
            LocalDate cancelledOn = null;
            if (n % 9 == 7) { // cancelled before its start
                status = "CANCELLED";
                cancelledOn = start.minusDays(1 + random.nextInt(10));
            } else if (n % 9 == 8) { // cancelled after its start
                status = "CANCELLED";
                cancelledOn = start.plusDays(5 + random.nextInt((int) ChronoUnit.DAYS.between(start, end) - 5));
            }
            SessionRow session = new SessionRow(prefix + "-S-" + centre + "-" + year + "-" + i, course, centre, start,
                    end, seats, status, cancelledOn);
            sessions.add(session);
            ofYear.add(session);
        }
        int made = 0;
        for (SessionRow session : ofYear) {
            int want = Math.min(perCentreYear / ofYear.size() + 1, session.seats() + 4);
            int holding = 0;
            for (int k = 0; k < want && made < perCentreYear; k++) {
                LearnerRow learner = learner(centre, k);
                EnrolmentRow enrolment = enrolment(session, learner, k, holding < session.seats());
                if (enrolment.admitted() != null && holdsSeat(enrolment)) {
                    holding++;
                }
                enrolments.add(enrolment);
                made++;
            }
        }
    }

    private static boolean holdsSeat(EnrolmentRow e) {
        return e.outcome() == null || e.outcome().equals("COMPLETED");
    }

    private LearnerRow learner(String centre, int k) {
        int n = learnerCount++;
        LearnerRow learner = new LearnerRow(prefix + "-L-" + n, "Hist" + letters(n), "Lea" + letters(n * 7 + 3),
                LocalDate.of(1965, 1, 1).plusDays(random.nextInt(365 * 38)), STATUSES[(n + k) % STATUSES.length],
                LEVELS[random.nextInt(LEVELS.length)], centre);
        learners.add(learner);
        return learner;
    }

    /** A name of letters only, distinct for each number. */
    private static String letters(int n) {
        StringBuilder text = new StringBuilder();
        int value = n;
        do {
            text.append((char) ('a' + value % 26));
            value /= 26;
        } while (value > 0);
        return text.toString();
    }

    /** An enrolment in the session, with the outcome the number chooses and dates that fit it. */
    private EnrolmentRow enrolment(SessionRow s, LearnerRow learner, int k, boolean seatFree) {
        String id = prefix + "-E-" + learner.id().substring(learner.id().lastIndexOf('-') + 1);
        LocalDate limit = s.cancelledOn() != null ? s.cancelledOn() : today.minusDays(1);
        LocalDate applied = s.start().minusDays(40 + random.nextInt(20));
        if (s.cancelledOn() != null && s.cancelledOn().isBefore(s.start())) {
            applied = s.cancelledOn().minusDays(30 + random.nextInt(10));
        }
        LocalDate screened = applied.plusDays(5);
        LocalDate admitted = applied.plusDays(10);
        int choice = enrolments.size() % 9;
        if (!seatFree && choice != 2 && choice != 3) {
            choice = 3;
        }
        if (s.cancelledOn() != null) {
            // a cancelled session ends every enrolment still open on the day it was cancelled
            if (choice == 2) {
                return new EnrolmentRow(id, learner, s, applied, screened, null, null, null, "REFUSED",
                        screened.plusDays(2), "not eligible");
            }
            LocalDate enrolled = s.start().isBefore(s.cancelledOn()) ? s.start() : null;
            return new EnrolmentRow(id, learner, s, applied, screened, null, admitted, enrolled, "SESSION_CANCELLED",
                    s.cancelledOn(), "session cancelled");
        }
        return switch (choice) {
            case 0, 1, 5 -> new EnrolmentRow(id, learner, s, applied, screened, null, admitted, s.start(), "COMPLETED",
                    s.end(), null);
            case 2 -> new EnrolmentRow(id, learner, s, applied, screened, null, null, null, "REFUSED",
                    screened.plusDays(2), "not eligible");
            case 3 -> new EnrolmentRow(id, learner, s, applied, screened, screened.plusDays(1), null, null,
                    "WITHDRAWN", screened.plusDays(3), "found a job");
            case 4 -> new EnrolmentRow(id, learner, s, applied, screened, null, admitted, null, "DROPPED_OUT",
                    admitted.plusDays(2), "before the start");
            case 6 -> new EnrolmentRow(id, learner, s, applied, screened, null, admitted, s.start(), "DROPPED_OUT",
                    s.start().plusDays(random.nextInt((int) ChronoUnit.DAYS.between(s.start(), s.end()) + 1)),
                    "during the session");
            case 7 -> new EnrolmentRow(id, learner, s, applied, screened, null, admitted, s.start(), "DROPPED_OUT",
                    s.end().plusDays(1 + random.nextInt(20)), "after the session");
            default -> new EnrolmentRow(id, learner, s, applied, screened, null, admitted, s.start(), null, null, null);
        };
    }

    // ---- the files

    public byte[] coursesCsv() {
        StringBuilder csv = new StringBuilder("source;externalId;code;titleFr;titleNl;kind;partner;sector;durationHours;language\n");
        for (CourseRow c : courses) {
            csv.append(String.join(";", SOURCE, c.id(), c.code(), "Formation " + c.code(), "Opleiding " + c.code(),
                    "TRAINING", c.partner(), SECTORS[Math.abs(c.code().hashCode()) % SECTORS.length], "120",
                    c.language())).append('\n');
        }
        return bytes(csv);
    }

    /** The sessions, headers in French (the import reads FR, NL and EN). */
    public byte[] sessionsCsv() {
        StringBuilder csv = new StringBuilder(
                "Système source;Identifiant;Formation;Centre;Date de début;Date de fin;Langue;Places;Statut;Annulée le;Motif d’annulation\n");
        for (SessionRow s : sessions) {
            csv.append(String.join(";", SOURCE, s.id(), s.course().id(), s.centre(), s.start().toString(),
                    s.end().toString(), s.course().language(), String.valueOf(s.seats()), s.status(),
                    s.cancelledOn() == null ? "" : s.cancelledOn().toString(),
                    s.cancelledOn() == null ? "" : "too few learners")).append('\n');
        }
        return bytes(csv);
    }

    /** The learners, headers in Dutch. */
    public byte[] learnersCsv() {
        StringBuilder csv = new StringBuilder(
                "Bronsysteem;Externe id;Achternaam;Voornaam;Geboortedatum;Taal;Status bij instroom;Opleidingsniveau;Centrum\n");
        for (LearnerRow l : learners) {
            csv.append(String.join(";", SOURCE, l.id(), l.family(), l.given(), l.birth().toString(), "FR", l.status(),
                    l.level(), l.centre())).append('\n');
        }
        return bytes(csv);
    }

    /** The enrolments, headers in English. */
    public byte[] enrolmentsCsv() {
        StringBuilder csv = new StringBuilder("Source;External id;Learner;Session;Referred by;Applied on;Referred on;"
                + "Screened on;Waitlisted on;Admitted on;Enrolled on;Outcome;Outcome on;Reason\n");
        for (EnrolmentRow e : enrolments) {
            csv.append(String.join(";", SOURCE, e.id(), e.learner().id(), e.session().id(), "",
                    text(e.applied()), "", text(e.screened()), text(e.waitlisted()), text(e.admitted()),
                    text(e.enrolled()), e.outcome() == null ? "" : e.outcome(), text(e.outcomeOn()),
                    e.reason() == null ? "" : e.reason())).append('\n');
        }
        return bytes(csv);
    }

    /** The enrolments in files of at most {@code rows} rows (the import's limit per file is 5,000). */
    public List<byte[]> enrolmentsCsv(int rows) {
        List<byte[]> files = new ArrayList<>();
        List<EnrolmentRow> all = List.copyOf(enrolments);
        for (int from = 0; from < all.size(); from += rows) {
            PartnerFiles part = new PartnerFiles(0, prefix, today);
            part.enrolments.addAll(all.subList(from, Math.min(all.size(), from + rows)));
            files.add(part.enrolmentsCsv());
        }
        return files;
    }

    public List<byte[]> learnersCsv(int rows) {
        List<byte[]> files = new ArrayList<>();
        List<LearnerRow> all = List.copyOf(learners);
        for (int from = 0; from < all.size(); from += rows) {
            PartnerFiles part = new PartnerFiles(0, prefix, today);
            part.learners.addAll(all.subList(from, Math.min(all.size(), from + rows)));
            files.add(part.learnersCsv());
        }
        return files;
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static byte[] bytes(StringBuilder csv) {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public List<EnrolmentRow> enrolments() {
        return List.copyOf(enrolments);
    }

    public List<SessionRow> sessions() {
        return List.copyOf(sessions);
    }

    // ---- the expected figures, from the rows alone

    /**
     * The three lines (training spots, in-company training, validations and screenings) per centre and year, by the
     * counting rules: an enrolment of a learner who was a jobseeker at entry, in a French-language training session
     * of a course not provided by VDAB Brussel, held in the year, that holds a seat or held one (was admitted) and
     * ended (dropped out, session cancelled) on or after the session's first day and on or after 1 January. These
     * files have no placements, validations or screenings: the other two lines are 0.
     */
    public Map<String, long[]> expected(List<Integer> years, List<String> centres) {
        Map<String, long[]> table = new LinkedHashMap<>();
        for (String centre : centres) {
            for (int year : years) {
                table.put(centre + " " + year, new long[3]);
            }
        }
        for (EnrolmentRow e : enrolments) {
            SessionRow s = e.session();
            if (!s.course().language().equals("FR") || s.course().partner().equals("VDAB_BRUSSEL")
                    || !e.learner().jobseeker()) {
                continue;
            }
            for (int year : years) {
                long[] line = table.get(s.centre() + " " + year);
                if (line == null || !s.heldIn(year)) {
                    continue;
                }
                if (counts(e, year)) {
                    line[0]++;
                }
            }
        }
        return table;
    }

    static boolean counts(EnrolmentRow e, int year) {
        if (e.outcome() == null || e.outcome().equals("COMPLETED")) {
            return e.admitted() != null;
        }
        if (e.outcome().equals("DROPPED_OUT") || e.outcome().equals("SESSION_CANCELLED")) {
            LocalDate from = e.session().start().isAfter(LocalDate.of(year, 1, 1)) ? e.session().start()
                    : LocalDate.of(year, 1, 1);
            return e.admitted() != null && !e.outcomeOn().isBefore(from);
        }
        return false;
    }
}
