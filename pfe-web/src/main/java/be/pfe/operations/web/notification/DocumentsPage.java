package be.pfe.operations.web.notification;

import java.time.Clock;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.reporting.documents.IssuedDocument;
import be.pfe.operations.reporting.documents.LearnerDocuments;
import be.pfe.operations.web.ui.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Downloads of the learners' documents from the pages (the learner's page, the session's page). */
@Named
@RequestScoped
public class DocumentsPage {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    @Inject
    LearnerDocuments documents;
    @Inject
    Actor actor;

    /** The months of a period, first to last (at most three years). */
    public List<YearMonth> months(LocalDate start, LocalDate end) {
        List<YearMonth> months = new ArrayList<>();
        if (start == null || end == null) {
            return months;
        }
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)) && months.size() < 37;
             month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The month as the reader's language writes it ("mars 2049"). */
    public String label(YearMonth month) {
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return month.atDay(1).format(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy",
                be.pfe.operations.domain.shared.Language.of(locale).locale()));
    }

    /** This month (the default of the learner's attestation). */
    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    public StreamedContent sessionAttendance(long sessionId, YearMonth month) {
        return streamed(() -> documents.sessionAttendance(sessionId, month, DocumentTexts.BUNDLES, actor.username()));
    }

    public StreamedContent attendance(long enrolmentId, YearMonth month) {
        return streamed(() -> documents.attendance(enrolmentId, month, DocumentTexts.BUNDLES, actor.username()));
    }

    public StreamedContent convocation(long enrolmentId) {
        return streamed(() -> documents.convocation(enrolmentId, DocumentTexts.BUNDLES, actor.username()));
    }

    /** The in-company training agreement of a placement. */
    public StreamedContent agreement(long placementId) {
        return streamed(() -> documents.agreement(placementId, DocumentTexts.BUNDLES, actor.username()));
    }

    /** Whether the reader may have the documents of a placement followed by this centre (its code). */
    public boolean mayReadPlacementOf(String centreCode) {
        return centreCode != null && actor.may(be.pfe.operations.domain.access.Access.PERSONAL_DATA, centreCode);
    }

    private interface Issue {
        IssuedDocument issue();
    }

    private StreamedContent streamed(Issue issue) {
        try {
            IssuedDocument document = issue.issue();
            byte[] content = document.content();
            return DefaultStreamedContent.builder().name(document.fileName()).contentType(document.contentType())
                    .stream(() -> new ByteArrayInputStream(content)).build();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, null);
            return null;
        }
    }
}
