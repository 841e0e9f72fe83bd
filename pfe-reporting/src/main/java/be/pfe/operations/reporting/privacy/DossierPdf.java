package be.pfe.operations.reporting.privacy;

import be.pfe.operations.domain.time.Clocks;
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

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The subject-access export as a PDF document (OpenPDF): a title, then one heading per kind of record with its
 * table, every label in the reader's language. Texts come from the caller ({@code labels}: a key gives its text, or
 * {@code null} when there is none, then a coded value is shown as stored).
 */
public final class DossierPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLDOBLIQUE, 9);
    private static final Font HEADER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Color HEADER_BACKGROUND = new Color(0xE4, 0xE9, 0xF0);

    private final Function<String, String> labels;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter instants;

    public DossierPdf(Function<String, String> labels, Locale locale) {
        this.labels = labels;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        this.instants = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(Clocks.BRUSSELS);
    }

    public byte[] write(LearnerDossier dossier) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(label("privacy.pdf.title") + " " + dossier.learnerId());
            document.open();
            document.add(new Paragraph(label("privacy.pdf.title") + " " + dossier.learnerId(), TITLE));
            document.add(new Paragraph(label("privacy.pdf.generated") + " " + instant(dossier.generatedAt()) + " - "
                    + dossier.generatedBy(), BODY));
            identity(document, dossier.identity());
            enrolments(document, dossier.enrolments());
            section(document, "privacy.pdf.attendance", dossier.attendance().isEmpty() ? null : table(
                    List.of("privacy.pdf.course", "privacy.pdf.date", "privacy.pdf.time", "privacy.pdf.mark",
                            "privacy.pdf.recordedBy"),
                    dossier.attendance().stream().map(a -> List.of(a.course(), date(a.date()),
                            a.start() + "-" + a.end(), value("AttendanceMark", a.mark()), text(a.recordedBy()))).toList()));
            placements(document, dossier.placements());
            section(document, "privacy.pdf.screenings", dossier.screenings().isEmpty() ? null : table(
                    List.of("privacy.pdf.date", "privacy.pdf.centre", "privacy.pdf.course", "privacy.pdf.occupation",
                            "privacy.pdf.assessor", "privacy.pdf.testsTaken", "privacy.pdf.result",
                            "privacy.pdf.recommendation"),
                    dossier.screenings().stream().map(s -> List.of(date(s.date()), s.centre(), text(s.course()),
                            text(s.occupation()), text(s.assessor()), text(s.testsTaken()), text(s.result()),
                            value("Recommendation", s.recommendation()))).toList()));
            section(document, "privacy.pdf.validations", dossier.validations().isEmpty() ? null : table(
                    List.of("privacy.pdf.date", "privacy.pdf.centre", "privacy.pdf.unit", "privacy.pdf.occupation",
                            "privacy.pdf.result", "privacy.pdf.certificateNumber", "privacy.pdf.certificateDate"),
                    dossier.validations().stream().map(v -> List.of(date(v.date()), v.centre(),
                            v.unit() + " - " + text(v.unitTitle()), text(v.occupation()),
                            value("ValidationResult", v.result()), text(v.certificateNumber()),
                            date(v.certificateDate()))).toList()));
            section(document, "privacy.pdf.messages", dossier.messages().isEmpty() ? null : table(
                    List.of("privacy.pdf.when", "privacy.pdf.message", "privacy.pdf.recipient", "privacy.pdf.subject",
                            "privacy.pdf.status", "privacy.pdf.sentAt"),
                    dossier.messages().stream().map(m -> List.of(instant(m.createdAt()), value("MessageKind", m.kind()),
                            value("MessageRecipient", m.recipientKind()) + " " + text(m.recipient()), text(m.subject()),
                            value("OutboxStatus", m.status()), m.sentAt() == null ? "" : instant(m.sentAt())))
                            .toList()));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The export could not be written", e);
        }
        return out.toByteArray();
    }

    private void identity(Document document, LearnerDossier.Identity person) throws DocumentException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(label("privacy.pdf.familyName"), text(person.familyName())));
        rows.add(List.of(label("privacy.pdf.givenName"), text(person.givenName())));
        rows.add(List.of(label("privacy.pdf.birthDate"), date(person.birthDate())));
        rows.add(List.of(label("privacy.pdf.niss"), text(person.nationalRegisterNumber())));
        rows.add(List.of(label("privacy.pdf.email"), text(person.email())));
        rows.add(List.of(label("privacy.pdf.phone"), text(person.phone())));
        rows.add(List.of(label("privacy.pdf.postalAddress"), text(person.postalAddress())));
        rows.add(List.of(label("privacy.pdf.language"), value("Language", person.language())));
        rows.add(List.of(label("privacy.pdf.entryStatus"), value("EntryStatus", person.entryStatus())));
        rows.add(List.of(label("privacy.pdf.educationLevel"), value("EducationLevel", person.educationLevel())));
        rows.add(List.of(label("privacy.pdf.registeredAt"), instant(person.registeredAt())));
        if (person.pseudonymisedAt() != null) {
            rows.add(List.of(label("privacy.pdf.pseudonymisedAt"), instant(person.pseudonymisedAt())));
        }
        section(document, "privacy.pdf.identity", table(List.of("privacy.pdf.field", "privacy.pdf.value"), rows));
    }

    private void enrolments(Document document, List<LearnerDossier.EnrolmentEntry> enrolments) throws DocumentException {
        section(document, "privacy.pdf.enrolments", enrolments.isEmpty() ? null : table(
                List.of("privacy.pdf.centre", "privacy.pdf.course", "privacy.pdf.period", "privacy.pdf.status",
                        "privacy.pdf.appliedOn", "privacy.pdf.partner", "privacy.pdf.targetGroups"),
                enrolments.stream().map(e -> List.of(e.centre(), e.course() + " - " + text(e.courseTitle()),
                        date(e.sessionStart()) + " - " + date(e.sessionEnd()), value("EnrolmentStatus", e.status()),
                        date(e.appliedOn()), text(e.partner()), targetGroups(e.targetGroups()))).toList()));
        for (LearnerDossier.EnrolmentEntry enrolment : enrolments) {
            document.add(new Paragraph(label("privacy.pdf.history") + " " + enrolment.course() + " ("
                    + date(enrolment.sessionStart()) + ")", SUBHEADING));
            document.add(table(List.of("privacy.pdf.step", "privacy.pdf.when", "privacy.pdf.from", "privacy.pdf.to",
                            "privacy.pdf.by", "privacy.pdf.reason"),
                    enrolment.history().stream().map(t -> List.of(Integer.toString(t.step()), instant(t.occurredAt()),
                            value("EnrolmentStatus", t.fromStatus()), value("EnrolmentStatus", t.toStatus()), t.actor(),
                            text(t.reason()))).toList()));
        }
    }

    private void placements(Document document, List<LearnerDossier.PlacementEntry> placements) throws DocumentException {
        section(document, "privacy.pdf.placements", placements.isEmpty() ? null : table(
                List.of("privacy.pdf.company", "privacy.pdf.type", "privacy.pdf.period", "privacy.pdf.hours",
                        "privacy.pdf.status", "privacy.pdf.tutor", "privacy.pdf.coach", "privacy.pdf.outcome"),
                placements.stream().map(p -> List.of(p.company() + " (" + p.enterpriseNumber() + ")",
                        value("PlacementType", p.type()), date(p.startDate()) + " - " + date(p.endDate()),
                        Integer.toString(p.hours()), value("PlacementStatus", p.status()), text(p.workplaceTutor()),
                        text(p.centreCoach()), value("PlacementOutcome", p.outcome()))).toList()));
        for (LearnerDossier.PlacementEntry placement : placements) {
            if (!placement.visits().isEmpty()) {
                document.add(new Paragraph(label("privacy.pdf.visits") + " " + placement.company(), SUBHEADING));
                document.add(table(List.of("privacy.pdf.date", "privacy.pdf.by", "privacy.pdf.notes"),
                        placement.visits().stream().map(v -> List.of(date(v.date()), text(v.visitedBy()),
                                text(v.notes()))).toList()));
            }
        }
    }

    private void section(Document document, String headingKey, PdfPTable table) throws DocumentException {
        Paragraph heading = new Paragraph(label(headingKey), HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
        document.add(table != null ? table : new Paragraph(label("privacy.pdf.none"), BODY));
    }

    private PdfPTable table(List<String> headerKeys, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(headerKeys.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : headerKeys) {
            PdfPCell cell = new PdfPCell(new Phrase(label(key), HEADER));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, BODY));
                cell.setVerticalAlignment(Element.ALIGN_TOP);
                table.addCell(cell);
            }
        }
        return table;
    }

    private String targetGroups(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (String group : stored.split(",")) {
            names.add(value("TargetGroup", group.strip()));
        }
        return String.join(", ", names);
    }

    private String label(String key) {
        String text = labels.apply(key);
        return text == null ? key : text;
    }

    /** A coded value in the reader's language when there is a text for it, else as stored. */
    private String value(String enumName, String value) {
        if (value == null) {
            return "";
        }
        String text = labels.apply(enumName + "." + value);
        return text == null ? value : text;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    private String instant(OffsetDateTime time) {
        return time == null ? "" : instants.format(time);
    }
}
