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
    // the learner's pathway besides the classroom (issue 16, continued), drawn with a random of its own after the
    // years above so that the courses, sessions, learners and enrolments of a seed stay what they were
    private final Map<String, List<LearnerRow>> learnersOfYear = new LinkedHashMap<>();
    private final List<CourseRow> validationCourses = new ArrayList<>();
    private final List<SessionRow> validationSessions = new ArrayList<>();
    private final List<CompanyRow> companies = new ArrayList<>();
    private final List<PlacementRow> placements = new ArrayList<>();
    private final List<CandidateRow> candidates = new ArrayList<>();
    private final List<ScreeningRow> screenings = new ArrayList<>();

    /** A generated company, by its valid enterprise number. */
    public record CompanyRow(String id, String number, String name, String sector) {
    }

    /**
     * A generated placement: counted in line 2 of every year it ran in, unless a draft; a placement ended early ends
     * on the day it ended.
     */
    public record PlacementRow(String id, LearnerRow learner, CompanyRow company, String enrolment, String type,
                               LocalDate start, LocalDate end, String status, LocalDate signedOn,
                               LocalDate endedEarlyOn, String endReason, String outcome, LocalDate outcomeOn,
                               LocalDate followUpOn, String followUpOutcome) {

        boolean ranIn(int year) {
            LocalDate until = endedEarlyOn != null ? endedEarlyOn : end;
            return !status.equals("DRAFT") && !start.isAfter(LocalDate.of(year, 12, 31))
                    && !until.isBefore(LocalDate.of(year, 1, 1));
        }
    }

    /** A candidate of a validation session and their result. */
    public record CandidateRow(String id, SessionRow session, LearnerRow learner, String result, LocalDate resultOn,
                               String certificateNumber, LocalDate certificateDate) {
    }

    /** A screening, for a course or an occupation. */
    public record ScreeningRow(String id, LearnerRow learner, String centre, CourseRow course, String occupation,
                               LocalDate screenedOn, String recommendation) {
    }

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
        files.pathways(seed, years, centres);
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
        List<LearnerRow> ofThisYear = learnersOfYear.computeIfAbsent(centre + " " + year, key -> new ArrayList<>());
        for (SessionRow session : ofYear) {
            int want = Math.min(perCentreYear / ofYear.size() + 1, session.seats() + 4);
            int holding = 0;
            for (int k = 0; k < want && made < perCentreYear; k++) {
                LearnerRow learner = learner(centre, k);
                ofThisYear.add(learner);
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

    // ---- placements, validations and screenings

    /** Companies, then per centre and year placements, validation sessions with candidates, and screenings. */
    private void pathways(long seed, List<Integer> years, List<String> centres) {
        Random draw = new Random(seed * 31 + 7);
        int base = Math.abs((prefix + seed).hashCode() % 900_000) * 10;
        for (int i = 0; i < 6; i++) {
            String firstEight = String.format("0%07d", base + i);
            int check = 97 - (int) (Long.parseLong(firstEight) % 97);
            companies.add(new CompanyRow(prefix + "-CO-" + i, firstEight + String.format("%02d", check),
                    "Entreprise " + prefix + " " + letters(i), SECTORS[i % SECTORS.length]));
        }
        for (String centre : centres) {
            validationCourses.add(new CourseRow(prefix + "-V-" + centre, prefix + "-" + centre + "-VAL",
                    "BRUXELLES_FORMATION", "FR"));
        }
        int placementCount = 0;
        int screeningCount = 0;
        int candidateCount = 0;
        for (int year : years) {
            for (String centre : centres) {
                List<LearnerRow> of = learnersOfYear.getOrDefault(centre + " " + year, List.of());
                // placements: one learner in five, each at most one
                for (int i = 0; i < of.size(); i += 5) {
                    placements.add(placement(draw, prefix + "-P-" + placementCount, of.get(i), year,
                            placementCount));
                    placementCount++;
                }
                // validation sessions: one in the year, one across 1 January, one cancelled before its test
                CourseRow unit = validationCourses.stream().filter(c -> c.id().endsWith("-" + centre)).findFirst()
                        .orElseThrow();
                LocalDate inYear = LocalDate.of(year, 3, 1).plusDays(draw.nextInt(200));
                SessionRow[] tests = {
                    new SessionRow(prefix + "-VS-" + centre + "-" + year + "-0", unit, centre, inYear,
                            inYear.plusDays(1), 8, "CLOSED", null),
                    new SessionRow(prefix + "-VS-" + centre + "-" + year + "-1", unit, centre,
                            LocalDate.of(year, 12, 30), LocalDate.of(year + 1, 1, 2), 8, "CLOSED", null),
                    new SessionRow(prefix + "-VS-" + centre + "-" + year + "-2", unit, centre, inYear.plusDays(20),
                            inYear.plusDays(21), 8, "CANCELLED", inYear.plusDays(17))};
                for (int t = 0; t < tests.length; t++) {
                    validationSessions.add(tests[t]);
                    for (int k = 0; k < 4 && 4 * t + k < of.size(); k++) {
                        candidates.add(candidate(prefix + "-VC-" + candidateCount, tests[t], of.get(4 * t + k),
                                candidateCount));
                        candidateCount++;
                    }
                }
                // screenings: three learners, one of them on 31 December
                for (int k = 0; k < 3 && k < of.size(); k++) {
                    LearnerRow learner = of.get(of.size() - 1 - k);
                    LocalDate day = k == 0 ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 5)
                            .plusDays(draw.nextInt(340));
                    CourseRow course = k == 2 ? null : coursesOf(centre).get(0);
                    screenings.add(new ScreeningRow(prefix + "-SC-" + screeningCount, learner, centre, course,
                            course == null ? "Cariste" : null, day,
                            new String[] {"ADMIT", "ADMIT_WITH_PREREQUISITES", "ORIENT_ELSEWHERE"}[screeningCount % 3]));
                    screeningCount++;
                }
            }
        }
    }

    private PlacementRow placement(Random draw, String id, LearnerRow learner, int year, int n) {
        CompanyRow company = companies.get(n % companies.size());
        String enrolment = n % 2 == 0 ? prefix + "-E-" + learner.id().substring(learner.id().lastIndexOf('-') + 1)
                : "";
        String type = new String[] {"INDIVIDUAL_VOCATIONAL", "WORK_EXPERIENCE", "DUAL"}[n % 3];
        LocalDate start = n % 4 == 3 ? LocalDate.of(year, 12, 1).plusDays(draw.nextInt(20))
                : LocalDate.of(year, 1, 15).plusDays(draw.nextInt(300));
        LocalDate end = start.plusDays(20 + draw.nextInt(70));
        LocalDate signed = start.minusDays(3 + draw.nextInt(10));
        if (!end.isBefore(today)) {
            return new PlacementRow(id, learner, company, enrolment, type, start, end, "RUNNING", signed, null, null,
                    null, null, null, null);
        }
        return switch (n % 5) {
            case 0 -> new PlacementRow(id, learner, company, enrolment, type, start, end, "COMPLETED", signed, null,
                    null, "HIRED", end, null, null);
            case 1 -> {
                // ended early: one of December's before 1 January (counted in its year only)
                LocalDate stopped = start.plusDays(2 + draw.nextInt((int) ChronoUnit.DAYS.between(start, end) - 2));
                if (start.getMonthValue() == 12) {
                    stopped = start.plusDays(2).isBefore(LocalDate.of(year, 12, 31)) ? start.plusDays(2) : stopped;
                }
                yield new PlacementRow(id, learner, company, enrolment, type, start, end, "ENDED_EARLY", signed,
                        stopped, "left for a job", "OTHER_JOB", null, null, null);
            }
            case 2 -> new PlacementRow(id, learner, company, enrolment, type, start, end, "DRAFT", null, null, null,
                    null, null, null, null);
            case 3 -> {
                LocalDate followUp = end.plusDays(90);
                yield followUp.isAfter(today)
                        ? new PlacementRow(id, learner, company, enrolment, type, start, end, "COMPLETED", signed,
                                null, null, "FURTHER_TRAINING", end.plusDays(1), null, null)
                        : new PlacementRow(id, learner, company, enrolment, type, start, end, "COMPLETED", signed,
                                null, null, "NONE", end.plusDays(1), followUp, "HIRED");
            }
            default -> new PlacementRow(id, learner, company, enrolment, type, start, end, "COMPLETED", signed, null,
                    null, null, null, null, null);
        };
    }

    private CandidateRow candidate(String id, SessionRow session, LearnerRow learner, int n) {
        if (session.cancelledOn() != null) {
            return new CandidateRow(id, session, learner, "PENDING", null, null, null);
        }
        return switch (n % 4) {
            case 0 -> new CandidateRow(id, session, learner, "PASSED", session.start(), id + "-CERT",
                    session.start().plusDays(7));
            case 1 -> new CandidateRow(id, session, learner, "FAILED", session.start().plusDays(2), null, null);
            case 2 -> new CandidateRow(id, session, learner, "ABSENT", null, null, null);
            default -> new CandidateRow(id, session, learner, "PENDING", null, null, null);
        };
    }

    /** The companies, headers in English. */
    public byte[] companiesCsv() {
        StringBuilder csv = new StringBuilder("Source;External id;Enterprise number;Name;Sector;Street;Postal code;City\n");
        for (CompanyRow c : companies) {
            csv.append(String.join(";", SOURCE, c.id(), c.number(), c.name(), c.sector(), "Rue de l’Industrie 1",
                    "1000", "Bruxelles")).append('\n');
        }
        return bytes(csv);
    }

    /** The placements, headers in French. */
    public byte[] placementsCsv() {
        StringBuilder csv = new StringBuilder("Système source;Identifiant;Stagiaire;Entreprise;Centre;Inscription;"
                + "Type de stage;Date de début;Date de fin;Heures;Statut;Signé le;Interrompu le;Motif d’arrêt;Issue;"
                + "Issue le;Suivi le;Issue au suivi\n");
        for (PlacementRow p : placements) {
            csv.append(String.join(";", SOURCE, p.id(), p.learner().id(), p.company().id(), p.learner().centre(),
                    p.enrolment(), p.type(), text(p.start()), text(p.end()), "120", p.status(), text(p.signedOn()),
                    text(p.endedEarlyOn()), p.endReason() == null ? "" : p.endReason(),
                    p.outcome() == null ? "" : p.outcome(), text(p.outcomeOn()), text(p.followUpOn()),
                    p.followUpOutcome() == null ? "" : p.followUpOutcome())).append('\n');
        }
        return bytes(csv);
    }

    /** The validation candidates, headers in Dutch. */
    public byte[] validationsCsv() {
        StringBuilder csv = new StringBuilder("Bronsysteem;Externe id;Sessie;Kandidaat;Resultaat;Resultaat op;"
                + "Certificaatnummer;Certificaatdatum\n");
        for (CandidateRow c : candidates) {
            csv.append(String.join(";", SOURCE, c.id(), c.session().id(), c.learner().id(), c.result(),
                    text(c.resultOn()), c.certificateNumber() == null ? "" : c.certificateNumber(),
                    text(c.certificateDate()))).append('\n');
        }
        return bytes(csv);
    }

    /** The screenings, headers in English. */
    public byte[] screeningsCsv() {
        StringBuilder csv = new StringBuilder("Source;External id;Learner;Centre;Course;Occupation;Enrolment;"
                + "Screened on;Assessor;Tests taken;Result;Recommendation\n");
        for (ScreeningRow sc : screenings) {
            csv.append(String.join(";", SOURCE, sc.id(), sc.learner().id(), sc.centre(),
                    sc.course() == null ? "" : sc.course().id(), sc.occupation() == null ? "" : sc.occupation(), "",
                    text(sc.screenedOn()), "Assessor " + letters(sc.screenedOn().getDayOfYear()), "maths, reading",
                    "fit", sc.recommendation())).append('\n');
        }
        return bytes(csv);
    }

    public List<PlacementRow> placements() {
        return List.copyOf(placements);
    }

    public List<CandidateRow> candidates() {
        return List.copyOf(candidates);
    }

    public List<ScreeningRow> screenings() {
        return List.copyOf(screenings);
    }

    // ---- the files

    public byte[] coursesCsv() {
        StringBuilder csv = new StringBuilder("source;externalId;code;titleFr;titleNl;kind;partner;sector;durationHours;language\n");
        for (CourseRow c : courses) {
            csv.append(String.join(";", SOURCE, c.id(), c.code(), "Formation " + c.code(), "Opleiding " + c.code(),
                    "TRAINING", c.partner(), SECTORS[Math.abs(c.code().hashCode()) % SECTORS.length], "120",
                    c.language())).append('\n');
        }
        for (CourseRow c : validationCourses) {
            csv.append(String.join(";", SOURCE, c.id(), c.code(), "Validation " + c.code(), "Validering " + c.code(),
                    "VALIDATION", c.partner(), SECTORS[Math.abs(c.code().hashCode()) % SECTORS.length], "8",
                    c.language())).append('\n');
        }
        return bytes(csv);
    }

    /** The sessions, headers in French (the import reads FR, NL and EN). */
    public byte[] sessionsCsv() {
        StringBuilder csv = new StringBuilder(
                "Système source;Identifiant;Formation;Centre;Date de début;Date de fin;Langue;Places;Statut;Annulée le;Motif d’annulation\n");
        List<SessionRow> all = new ArrayList<>(sessions);
        all.addAll(validationSessions);
        for (SessionRow s : all) {
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
     * ended (dropped out, session cancelled) on or after the session's first day and on or after 1 January. Line
     * 2: placements not in draft that ran in the year (one ended early until the day it ended). Line 3: candidates,
     * not absent, of validation sessions held in the year that start in it; and screenings dated in the year.
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
        for (int year : years) {
            for (PlacementRow p : placements) {
                long[] line = table.get(p.learner().centre() + " " + year);
                if (line != null && p.ranIn(year)) {
                    line[1]++;
                }
            }
            for (CandidateRow c : candidates) {
                long[] line = table.get(c.session().centre() + " " + year);
                if (line != null && !c.result().equals("ABSENT") && c.session().heldIn(year)
                        && c.session().start().getYear() == year) {
                    line[2]++;
                }
            }
            for (ScreeningRow sc : screenings) {
                long[] line = table.get(sc.centre() + " " + year);
                if (line != null && sc.screenedOn().getYear() == year) {
                    line[2]++;
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
