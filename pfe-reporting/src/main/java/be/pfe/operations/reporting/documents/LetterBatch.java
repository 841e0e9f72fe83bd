package be.pfe.operations.reporting.documents;

import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.access.UseCase;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The letters of a day: the messages written that day to learners without an e-mail address (status LETTER) in the
 * centres where the user plans, one page each, in one PDF to print. The letter says what the e-mail would have said,
 * in the learner's language, addressed to the learner's postal address when they gave one. Cancelled letters are
 * left out.
 */
@ApplicationScoped
@Transactional
public class LetterBatch {

    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    @Inject
    private Actor actor;

    protected LetterBatch() {
        // for CDI
    }

    public LetterBatch(EntityManager entityManager, Actor actor) {
        this.entityManager = entityManager;
        this.actor = actor;
    }

    /** The day's letters (Brussels days) as one PDF; a page saying there is none when there is none. */
    @UseCase(Access.PLANNING)
    public IssuedDocument of(LocalDate day, String noneText) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select c.code, c.name, c.site, l.given_name, l.family_name, m.subject, m.body, l.street,
                               l.postal_code, l.town
                        from outbox_message m join centre c on c.id = m.centre_id join learner l on l.id = m.learner_id
                        where m.status = 'LETTER' and m.body is not null
                          and m.created_at >= ?1 and m.created_at < ?2
                        order by c.code, l.name_key, m.id""")
                .setParameter(1, start(day)).setParameter(2, start(day.plusDays(1))).getResultList();
        List<Object[]> mine = rows.stream().filter(row -> actor.may(Access.PLANNING, (String) row[0])).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            if (mine.isEmpty()) {
                document.add(new Paragraph(noneText, BODY));
            }
            for (int i = 0; i < mine.size(); i++) {
                Object[] row = mine.get(i);
                if (i > 0) {
                    document.newPage();
                }
                document.add(new Paragraph(row[1] + " - " + row[2], HEADING));
                document.add(new Paragraph(" "));
                Paragraph addressee = new Paragraph(row[3] + " " + row[4], BODY);
                if (row[7] != null) { // the postal address, when the learner gave one: ready for a window envelope
                    addressee = new Paragraph(row[3] + " " + row[4] + "\n" + row[7] + "\n" + row[8] + " " + row[9],
                            BODY);
                    addressee.setIndentationLeft(280);
                }
                document.add(addressee);
                document.add(new Paragraph(" "));
                document.add(new Paragraph((String) row[5], TITLE));
                document.add(new Paragraph(" "));
                for (String line : ((String) row[6]).split("\n", -1)) {
                    document.add(new Paragraph(line.isEmpty() ? " " : line, BODY));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The letters could not be written", e);
        }
        return new IssuedDocument(null, "letters-" + day + ".pdf", "application/pdf", out.toByteArray());
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(Clocks.BRUSSELS).toOffsetDateTime();
    }
}
