package be.pfe.operations.reporting.documents;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.notification.MessageKind;
import be.pfe.operations.domain.notification.MessageTexts;
import be.pfe.operations.domain.notification.OutboxWriter;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.NotFoundException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The documents a learner is given, as PDF (OpenPDF), in the learner's language: the convocation letter (the text of
 * the centre's convocation message), the monthly attendance attestation (each meeting of the month with its mark;
 * meetings, hours present, excused and absent, counted from the attendance records), and the attestation of
 * completion. Each is numbered ({@code ATT-2049-000012-xx}: kind, year, a sequence and two check digits) and its
 * figures kept ({@code issued_document}), so that a number can be checked later. Never a national register number.
 */
@ApplicationScoped
@Transactional
public class LearnerDocuments {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

    /** The texts of a language (the web application's bundles). */
    public interface Texts {
        Function<String, String> of(Language language);
    }

    /** The kinds of document. */
    public enum Kind { CONVOCATION, ATTENDANCE, COMPLETION, AGREEMENT }

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    @Inject
    private OutboxWriter messages;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock = Clocks.system();

    protected LearnerDocuments() {
        // for CDI
    }

    public LearnerDocuments(EntityManager entityManager, OutboxWriter messages, Clock clock) {
        this.entityManager = entityManager;
        this.messages = messages;
        this.clock = clock;
    }

    /** The convocation letter of an admitted (or enrolled) learner. */
    @UseCase(Access.PERSONAL_DATA)
    public IssuedDocument convocation(@Names(RecordKind.ENROLMENT) long enrolmentId, Texts texts, String issuedBy) {
        Facts facts = facts(enrolmentId);
        if (!List.of("ADMITTED", "ENROLLED").contains(facts.status)) {
            throw new BusinessRuleException("document.convocation.notAdmitted", "enrolment", enrolmentId);
        }
        MessageTexts.Text text = messages.render(MessageKind.CONVOCATION, enrolmentId).orElseThrow();
        String number = issue(Kind.CONVOCATION, facts, facts.start, facts.end, null, issuedBy);
        Function<String, String> label = texts.of(facts.language);
        return pdf(number, Kind.CONVOCATION, facts, document -> {
            addressee(document, facts);
            header(document, facts, label, label.apply("doc.convocation.title"), number);
            for (String line : text.body().split("\n", -1)) {
                document.add(new Paragraph(line.isEmpty() ? " " : line, BODY));
            }
            footer(document, label, number, facts);
        });
    }

    /** The learner's attendance attestation of a month. */
    @UseCase(Access.PERSONAL_DATA)
    public IssuedDocument attendance(@Names(RecordKind.ENROLMENT) long enrolmentId, YearMonth month, Texts texts,
                                     String issuedBy) {
        Facts facts = facts(enrolmentId);
        Month figures = month(facts, month);
        String number = issue(Kind.ATTENDANCE, facts, month.atDay(1), month.atEndOfMonth(), figures.summary(),
                issuedBy);
        return pdf(number, Kind.ATTENDANCE, facts, document -> attestation(document, facts, month, figures,
                texts.of(facts.language), number));
    }

    /** Every attendance attestation of a month of the session (its learners who held a seat then), in one PDF. */
    @UseCase(Access.PERSONAL_DATA)
    public IssuedDocument sessionAttendance(@Names(RecordKind.SESSION) long sessionId, YearMonth month, Texts texts,
                                            String issuedBy) {
        @SuppressWarnings("unchecked")
        List<Number> enrolments = entityManager.createNativeQuery("""
                        select e.id from enrolment e join learner l on l.id = e.learner_id
                        where e.session_id = ?1 and e.status in ('ADMITTED', 'ENROLLED', 'COMPLETED', 'DROPPED_OUT')
                          and (e.status <> 'DROPPED_OUT' or e.outcome_date >= ?2)
                        order by l.name_key, e.id""")
                .setParameter(1, sessionId).setParameter(2, month.atDay(1)).getResultList();
        if (enrolments.isEmpty() && entityManager.createNativeQuery("select 1 from course_session where id = ?1")
                .setParameter(1, sessionId).getResultList().isEmpty()) {
            throw new NotFoundException("session.unknown", null, sessionId);
        }
        List<Facts> all = enrolments.stream().map(id -> facts(id.longValue())).toList();
        List<Month> figures = all.stream().map(facts -> month(facts, month)).toList();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            numbers.add(issue(Kind.ATTENDANCE, all.get(i), month.atDay(1), month.atEndOfMonth(),
                    figures.get(i).summary(), issuedBy));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            if (all.isEmpty()) {
                document.add(new Paragraph(texts.of(Language.FR).apply("doc.attendance.none"), BODY));
            }
            for (int i = 0; i < all.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                attestation(document, all.get(i), month, figures.get(i), texts.of(all.get(i).language),
                        numbers.get(i));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The attestations could not be written", e);
        }
        return new IssuedDocument(numbers.isEmpty() ? null : numbers.get(0),
                "attendance-session-" + sessionId + "-" + month + ".pdf", "application/pdf", out.toByteArray());
    }

    /** The attestation of completion of a learner who completed the training. */
    @UseCase(Access.PERSONAL_DATA)
    public IssuedDocument completion(@Names(RecordKind.ENROLMENT) long enrolmentId, Texts texts, String issuedBy) {
        Facts facts = facts(enrolmentId);
        if (!"COMPLETED".equals(facts.status)) {
            throw new BusinessRuleException("document.completion.notCompleted", "enrolment", enrolmentId);
        }
        Month whole = attended(facts, facts.start, facts.end);
        String number = issue(Kind.COMPLETION, facts, facts.start, facts.end, whole.summary(), issuedBy);
        Function<String, String> label = texts.of(facts.language);
        return pdf(number, Kind.COMPLETION, facts, document -> {
            header(document, facts, label, label.apply("doc.completion.title"), number);
            document.add(new Paragraph(format(label.apply("doc.completion.text"), facts.learner(), facts.course,
                    day(facts, facts.start), day(facts, facts.end), facts.centreName), BODY));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(label.apply("doc.hoursPresent") + ": " + hours(whole.present, facts), BODY));
            footer(document, label, number, facts);
        });
    }

    /**
     * The in-company training agreement of a placement (convention de formation en entreprise / overeenkomst
     * opleiding in de onderneming), in the learner's language: the centre, the company (address, contact), the
     * learner (postal address when known), the placement's type, dates, hours, tutor and coach, the training it
     * belongs to, and a block for the three signatures. Numbered ({@code CONV-ENT-...}: {@code AGR-2049-000012-xx}).
     */
    @UseCase(Access.PERSONAL_DATA)
    public IssuedDocument agreement(@Names(RecordKind.PLACEMENT) long placementId, Texts texts, String issuedBy) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select p.id, l.id, l.given_name, l.family_name, l.language, l.street, l.postal_code, l.town,
                               c.name, c.site, p.start_date, p.end_date, p.hours, p.workplace_tutor, p.centre_coach,
                               p.placement_type, k.name, k.enterprise_number, k.street, k.postal_code, k.city,
                               (select string_agg(concat_ws(', ', x.name, x.job_role, x.email, x.phone), '; '
                                                  order by x.id)
                                from company_contact x where x.company_id = k.id),
                               s.id, s.start_date, s.end_date, co.title_fr, co.title_nl, co.title_en, p.enrolment_id
                        from placement p join learner l on l.id = p.learner_id join centre c on c.id = p.centre_id
                        join company k on k.id = p.company_id
                        left join enrolment e on e.id = p.enrolment_id
                        left join course_session s on s.id = e.session_id left join course co on co.id = s.course_id
                        where p.id = ?1""").setParameter(1, placementId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("placement.unknown", null, placementId);
        }
        Object[] r = rows.get(0);
        Language language = r[4] == null ? Language.FR : Language.valueOf((String) r[4]);
        Function<String, String> label = texts.of(language);
        Long sessionId = r[22] == null ? null : ((Number) r[22]).longValue();
        Long enrolmentId = r[28] == null ? null : ((Number) r[28]).longValue();
        LocalDate from = date(r[10]);
        LocalDate to = date(r[11]);
        int hours = ((Number) r[12]).intValue();
        String number = number(Kind.AGREEMENT);
        insert(number, Kind.AGREEMENT, enrolmentId, placementId, ((Number) r[1]).longValue(), sessionId, from, to,
                "hours=" + hours, language, issuedBy);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
        String learner = r[2] + " " + r[3];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(number);
            document.open();
            document.add(new Paragraph(r[8] + " - " + r[9], HEADING));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(label.apply("doc.agreement.title"), TITLE));
            document.add(new Paragraph(label.apply("doc.number") + ": " + number, BODY));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(label.apply("doc.agreement.between"), BODY));
            document.add(new Paragraph(" "));
            PdfPTable parties = new PdfPTable(new float[] {1.3f, 4});
            parties.setWidthPercentage(100);
            total(parties, label.apply("doc.agreement.centre"), r[8] + " - " + r[9]);
            StringBuilder company = new StringBuilder((String) r[16]).append("\n")
                    .append(label.apply("doc.agreement.enterpriseNumber")).append(" ").append(enterprise((String) r[17]));
            if (r[18] != null) {
                company.append("\n").append(r[18]).append(", ").append(r[19] == null ? "" : r[19]).append(" ")
                        .append(r[20] == null ? "" : r[20]);
            }
            company.append("\n").append(label.apply("doc.agreement.contact")).append(": ")
                    .append(r[21] == null ? "-" : r[21]);
            total(parties, label.apply("doc.agreement.company"), company.toString());
            StringBuilder trainee = new StringBuilder(learner).append(" (").append(label.apply("doc.learnerNumber"))
                    .append(" ").append(r[1]).append(")");
            if (r[5] != null) {
                trainee.append("\n").append(r[5]).append("\n").append(r[6]).append(" ").append(r[7]);
            }
            total(parties, label.apply("doc.agreement.learner"), trainee.toString());
            document.add(parties);
            document.add(new Paragraph(" "));
            document.add(new Paragraph(label.apply("doc.agreement.terms"), HEADING));
            document.add(new Paragraph(" "));
            PdfPTable terms = new PdfPTable(new float[] {1.3f, 4});
            terms.setWidthPercentage(100);
            total(terms, label.apply("doc.agreement.type"), label.apply("PlacementType." + r[15]));
            total(terms, label.apply("doc.agreement.period"), from.format(day) + " - " + to.format(day));
            total(terms, label.apply("doc.agreement.hours"), Integer.toString(hours));
            total(terms, label.apply("doc.agreement.tutor"), r[13] == null ? "-" : (String) r[13]);
            total(terms, label.apply("doc.agreement.coach"), r[14] == null ? "-" : (String) r[14]);
            String title = sessionId == null ? null : switch (language) {
                case FR -> (String) r[25];
                case NL -> (String) r[26];
                case EN -> (String) r[27];
            };
            if (sessionId != null && title == null) {
                title = r[25] != null ? (String) r[25] : r[26] != null ? (String) r[26] : (String) r[27];
            }
            total(terms, label.apply("doc.training"), sessionId == null ? "-"
                    : title + " (" + date(r[23]).format(day) + " - " + date(r[24]).format(day) + ")");
            document.add(terms);
            document.add(new Paragraph(" "));
            for (String clause : label.apply("doc.agreement.clauses").split("\\|")) {
                document.add(new Paragraph(clause.strip(), BODY));
            }
            document.add(new Paragraph(" "));
            document.add(new Paragraph(format(label.apply("doc.agreement.done"), r[9], "...................."),
                    BODY));
            document.add(new Paragraph(" "));
            PdfPTable signatures = new PdfPTable(3);
            signatures.setWidthPercentage(100);
            for (String key : List.of("doc.agreement.sign.centre", "doc.agreement.sign.company",
                    "doc.agreement.sign.learner")) {
                signatures.addCell(new PdfPCell(new Phrase(label.apply(key), HEADING)));
            }
            for (String name : new String[] {r[14] == null ? "" : (String) r[14], r[13] == null ? ""
                    : (String) r[13], learner}) {
                PdfPCell cell = new PdfPCell(new Phrase(name + "\n\n" + label.apply("doc.agreement.signature"),
                        SMALL));
                cell.setFixedHeight(90); // room to sign
                signatures.addCell(cell);
            }
            document.add(signatures);
            document.add(new Paragraph(" "));
            document.add(new Paragraph(format(label.apply("doc.issued"), LocalDate.now(clock).format(day), r[8]),
                    BODY));
            document.add(new Paragraph(format(label.apply("doc.verify"), number), SMALL));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The agreement could not be written", e);
        }
        return new IssuedDocument(number, "agreement-" + number + ".pdf", "application/pdf", out.toByteArray());
    }

    /** What the agreement numbered so, about this placement, attested when it was issued. */
    @UseCase(Access.PERSONAL_DATA)
    public DocumentCheck checkAgreement(@Names(RecordKind.PLACEMENT) long placementId, String number) {
        return checked(number, "placement_id", placementId);
    }

    /** The placement the agreement named so is about (for the access check of {@link #checkAgreement}). */
    @UseCase(Access.RECORDS)
    public Long placementOf(String number) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("select placement_id from issued_document where number = ?1"
                        + " and placement_id is not null")
                .setParameter(1, number == null ? "" : number.strip().toUpperCase(Locale.ROOT)).getResultList();
        return ids.isEmpty() ? null : ids.get(0).longValue();
    }

    private static String enterprise(String number) {
        return number == null || number.length() != 10 ? String.valueOf(number)
                : number.substring(0, 4) + "." + number.substring(4, 7) + "." + number.substring(7);
    }

    /** What the document numbered so, about this enrolment, attested when it was issued. */
    @UseCase(Access.PERSONAL_DATA)
    public DocumentCheck check(@Names(RecordKind.ENROLMENT) long enrolmentId, String number) {
        return checked(number, "enrolment_id", enrolmentId);
    }

    private DocumentCheck checked(String number, String column, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select number, kind, enrolment_id, learner_id, session_id, period_start, period_end, figures,
                               issued_at, issued_by, placement_id
                        from issued_document where number = ?1 and %s = ?2""".formatted(column))
                .setParameter(1, number == null ? "" : number.strip().toUpperCase(Locale.ROOT))
                .setParameter(2, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("document.unknown", null, number);
        }
        Object[] row = rows.get(0);
        return new DocumentCheck((String) row[0], (String) row[1], id(row[2]), ((Number) row[3]).longValue(),
                id(row[4]), date(row[5]), date(row[6]),
                (String) row[7], row[8] instanceof Timestamp at ? at.toInstant().atOffset(ZoneOffset.UTC)
                : (OffsetDateTime) row[8], (String) row[9], id(row[10]));
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** The enrolment the document named so is about (for the access check of {@link #check}). */
    @UseCase(Access.RECORDS)
    public Long enrolmentOf(String number) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("select enrolment_id from issued_document where number = ?1")
                .setParameter(1, number == null ? "" : number.strip().toUpperCase(Locale.ROOT)).getResultList();
        return ids.isEmpty() ? null : ids.get(0).longValue();
    }

    // --- figures ---

    /** One meeting of the month with its mark (null: not recorded). */
    record Line(LocalDate date, LocalTime start, LocalTime end, String mark) {
        Duration length() {
            return Duration.between(start, end);
        }
    }

    /** A month's meetings and what they add up to. */
    record Month(List<Line> lines, Duration present, Duration excused, Duration absent, int meetings) {
        String summary() {
            return "meetings=" + meetings + ";present=" + present.toMinutes() + "min;excused=" + excused.toMinutes()
                    + "min;absent=" + absent.toMinutes() + "min";
        }
    }

    private Month month(Facts facts, YearMonth month) {
        return attended(facts, month.atDay(1), month.atEndOfMonth());
    }

    private Month attended(Facts facts, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select m.meeting_date, m.start_time, m.end_time, a.mark
                        from meeting m left join attendance a on a.meeting_id = m.id and a.enrolment_id = ?1
                        where m.session_id = ?2 and m.status <> 'CANCELLED' and m.meeting_date between ?3 and ?4
                        order by m.meeting_date, m.start_time""")
                .setParameter(1, facts.enrolmentId).setParameter(2, facts.sessionId)
                .setParameter(3, from).setParameter(4, to).getResultList();
        List<Line> lines = rows.stream().map(r -> new Line(date(r[0]), time(r[1]), time(r[2]), (String) r[3])).toList();
        Duration present = Duration.ZERO;
        Duration excused = Duration.ZERO;
        Duration absent = Duration.ZERO;
        for (Line line : lines) {
            if ("PRESENT".equals(line.mark()) || "LATE".equals(line.mark())) {
                present = present.plus(line.length());
            } else if ("EXCUSED".equals(line.mark())) {
                excused = excused.plus(line.length());
            } else if ("ABSENT".equals(line.mark())) {
                absent = absent.plus(line.length());
            }
        }
        return new Month(lines, present, excused, absent, lines.size());
    }

    // --- the PDF ---

    private interface Content {
        void write(Document document) throws DocumentException;
    }

    private IssuedDocument pdf(String number, Kind kind, Facts facts, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(number);
            document.open();
            content.write(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The document could not be written", e);
        }
        return new IssuedDocument(number, kind.name().toLowerCase(Locale.ROOT) + "-" + number + ".pdf",
                "application/pdf", out.toByteArray());
    }

    private void attestation(Document document, Facts facts, YearMonth month, Month figures,
                             Function<String, String> label, String number) throws DocumentException {
        String monthName = month.atDay(1).format(DateTimeFormatter.ofPattern("LLLL yyyy", facts.language.locale()));
        header(document, facts, label, label.apply("doc.attendance.title") + " - " + monthName, number);
        document.add(new Paragraph(format(label.apply("doc.attendance.text"), facts.learner(), facts.course,
                monthName, facts.centreName), BODY));
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(new float[] {3, 2, 1.2f, 2});
        table.setWidthPercentage(100);
        for (String key : List.of("doc.column.date", "doc.column.hours", "doc.column.length", "doc.column.mark")) {
            PdfPCell cell = new PdfPCell(new Phrase(label.apply(key), HEADING));
            table.addCell(cell);
        }
        for (Line line : figures.lines()) {
            table.addCell(new Phrase(day(facts, line.date()), BODY));
            table.addCell(new Phrase(line.start() + "-" + line.end(), BODY));
            table.addCell(new Phrase(hours(line.length(), facts), BODY));
            table.addCell(new Phrase(line.mark() == null ? label.apply("doc.mark.none")
                    : label.apply("AttendanceMark." + line.mark()), BODY));
        }
        document.add(table);
        document.add(new Paragraph(" "));
        PdfPTable totals = new PdfPTable(new float[] {3, 1});
        totals.setWidthPercentage(60);
        totals.setHorizontalAlignment(Element.ALIGN_LEFT);
        total(totals, label.apply("doc.meetings"), Integer.toString(figures.meetings()));
        total(totals, label.apply("doc.hoursPresent"), hours(figures.present(), facts));
        total(totals, label.apply("doc.hoursExcused"), hours(figures.excused(), facts));
        total(totals, label.apply("doc.hoursAbsent"), hours(figures.absent(), facts));
        document.add(totals);
        footer(document, label, number, facts);
    }

    private static void total(PdfPTable table, String name, String value) {
        table.addCell(new Phrase(name, HEADING));
        table.addCell(new Phrase(value, BODY));
    }

    /** The learner's name and postal address at the top of a letter to post (nothing when no address is known). */
    private static void addressee(Document document, Facts facts) throws DocumentException {
        if (facts.street == null) {
            return;
        }
        Paragraph address = new Paragraph(facts.learner() + "\n" + facts.street + "\n" + facts.postalCode + " "
                + facts.town, BODY);
        address.setIndentationLeft(280);
        document.add(address);
        document.add(new Paragraph(" "));
    }

    private void header(Document document, Facts facts, Function<String, String> label, String title, String number)
            throws DocumentException {
        document.add(new Paragraph(facts.centreName + " - " + facts.site, HEADING));
        document.add(new Paragraph(" "));
        document.add(new Paragraph(title, TITLE));
        document.add(new Paragraph(label.apply("doc.number") + ": " + number, BODY));
        document.add(new Paragraph(label.apply("doc.learner") + ": " + facts.learner() + " ("
                + label.apply("doc.learnerNumber") + " " + facts.learnerId + ")", BODY));
        document.add(new Paragraph(label.apply("doc.training") + ": " + facts.course + " (" + day(facts, facts.start)
                + " - " + day(facts, facts.end) + ")", BODY));
        document.add(new Paragraph(" "));
    }

    private void footer(Document document, Function<String, String> label, String number, Facts facts)
            throws DocumentException {
        document.add(new Paragraph(" "));
        document.add(new Paragraph(format(label.apply("doc.issued"), day(facts, LocalDate.now(clock)), facts.centreName),
                BODY));
        document.add(new Paragraph(format(label.apply("doc.verify"), number), SMALL));
    }

    private static String format(String pattern, Object... values) {
        String text = pattern;
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    private static String day(Facts facts, LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", facts.language.locale()));
    }

    /** Hours with two decimals in the language's way ("2,50" / "2.50"). */
    static String hours(Duration duration, Facts facts) {
        BigDecimal hours = BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_UP);
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(facts.language.numberLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(hours);
    }

    // --- numbers ---

    private String issue(Kind kind, Facts facts, LocalDate from, LocalDate to, String figures, String issuedBy) {
        String number = number(kind);
        insert(number, kind, facts.enrolmentId, null, facts.learnerId, facts.sessionId, from, to, figures,
                facts.language, issuedBy);
        return number;
    }

    /** A new number: kind, year, the row's sequence and two check digits (ISO 7064 mod 97-10). */
    private String number(Kind kind) {
        long sequence = ((Number) entityManager.createNativeQuery(
                "select nextval(pg_get_serial_sequence('issued_document', 'id'))").getSingleResult()).longValue();
        int year = LocalDate.now(clock).getYear();
        String prefix = switch (kind) {
            case CONVOCATION -> "CONV";
            case ATTENDANCE -> "ATT";
            case COMPLETION -> "CERT";
            case AGREEMENT -> "AGR";
        };
        String digits = "%d%06d".formatted(year, sequence);
        return "%s-%d-%06d-%02d".formatted(prefix, year, sequence,
                98 - new BigDecimal(digits + "00").remainder(BigDecimal.valueOf(97)).intValue());
    }

    private void insert(String number, Kind kind, Long enrolmentId, Long placementId, long learnerId, Long sessionId,
                        LocalDate from, LocalDate to, String figures, Language language, String issuedBy) {
        long sequence = Long.parseLong(number.split("-")[2]);
        entityManager.createNativeQuery("""
                        insert into issued_document (id, number, kind, enrolment_id, learner_id, session_id,
                               period_start, period_end, figures, language, issued_at, issued_by, placement_id)
                        values (?1, ?2, ?3, cast(?4 as bigint), ?5, cast(?6 as bigint), ?7, ?8, ?9, ?10, ?11, ?12,
                                cast(?13 as bigint))""")
                .setParameter(1, sequence).setParameter(2, number).setParameter(3, kind.name())
                .setParameter(4, enrolmentId).setParameter(5, learnerId).setParameter(6, sessionId)
                .setParameter(7, from).setParameter(8, to).setParameter(9, figures)
                .setParameter(10, language.name()).setParameter(11, OffsetDateTime.now(clock))
                .setParameter(12, issuedBy == null ? null : issuedBy.length() > 60 ? issuedBy.substring(0, 60) : issuedBy)
                .setParameter(13, placementId)
                .executeUpdate();
    }

    // --- facts ---

    private Facts facts(long enrolmentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select e.id, l.id, l.given_name, l.family_name, l.language, s.id, c.name, c.site, s.start_date,
                               s.end_date, co.title_fr, co.title_nl, co.title_en, e.status, l.street, l.postal_code,
                               l.town
                        from enrolment e join learner l on l.id = e.learner_id
                        join course_session s on s.id = e.session_id join centre c on c.id = s.centre_id
                        join course co on co.id = s.course_id
                        where e.id = ?1""").setParameter(1, enrolmentId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("enrolment.unknown", null, enrolmentId);
        }
        return new Facts(rows.get(0));
    }

    static final class Facts {
        final long enrolmentId;
        final long learnerId;
        final String givenName;
        final String familyName;
        final Language language;
        final long sessionId;
        final String centreName;
        final String site;
        final LocalDate start;
        final LocalDate end;
        final String course;
        final String status;
        /** The postal address (street, postal code and town), when known; else null. */
        final String street;
        final String postalCode;
        final String town;

        Facts(Object[] row) {
            enrolmentId = ((Number) row[0]).longValue();
            learnerId = ((Number) row[1]).longValue();
            givenName = (String) row[2];
            familyName = (String) row[3];
            language = row[4] == null ? Language.FR : Language.valueOf((String) row[4]);
            sessionId = ((Number) row[5]).longValue();
            centreName = (String) row[6];
            site = (String) row[7];
            start = date(row[8]);
            end = date(row[9]);
            String title = switch (language) {
                case FR -> (String) row[10];
                case NL -> (String) row[11];
                case EN -> (String) row[12];
            };
            course = title != null ? title : row[10] != null ? (String) row[10] : row[11] != null ? (String) row[11]
                    : (String) row[12];
            status = (String) row[13];
            street = row.length > 14 ? (String) row[14] : null;
            postalCode = row.length > 15 ? (String) row[15] : null;
            town = row.length > 16 ? (String) row[16] : null;
        }

        String learner() {
            return givenName + " " + familyName;
        }
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static LocalTime time(Object value) {
        return value instanceof Time time ? time.toLocalTime() : (LocalTime) value;
    }
}
