package be.pfe.operations.web.notification;

import java.time.Clock;
import be.pfe.operations.domain.notification.Outbox;
import be.pfe.operations.domain.notification.OutboxStatus;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.web.ui.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The outbox page: the latest messages of the user's centres, with resend and cancel. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;
    static final String FORM = "outboxForm";
    static final int SHOWN = 200;

    @Inject
    transient Outbox outbox;
    @Inject
    transient be.pfe.operations.reporting.documents.LetterBatch letters;

    private OutboxStatus status;
    private List<MessageItem> messages;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        messages = outbox.latest(status, SHOWN).stream().map(MessageItem::of).toList();
    }

    public void resend(MessageItem item) {
        try {
            outbox.resend(item.learnerId(), item.id());
            FacesMessages.info("page.outbox.resent");
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
        refresh();
    }

    public void cancel(MessageItem item) {
        try {
            outbox.cancel(item.learnerId(), item.id());
            FacesMessages.info("page.outbox.cancelled");
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
        refresh();
    }

    /** Today's letters to print, one PDF. */
    public org.primefaces.model.StreamedContent getLetters() {
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        be.pfe.operations.reporting.documents.IssuedDocument document = letters.of(
                java.time.LocalDate.now(clock),
                be.pfe.operations.web.i18n.Messages.text(locale, "page.outbox.letters.none"));
        byte[] content = document.content();
        return org.primefaces.model.DefaultStreamedContent.builder().name(document.fileName())
                .contentType(document.contentType()).stream(() -> new java.io.ByteArrayInputStream(content)).build();
    }

    public List<OutboxStatus> getStatuses() {
        return Arrays.asList(OutboxStatus.values());
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public void setStatus(OutboxStatus status) {
        this.status = status;
    }

    public List<MessageItem> getMessages() {
        return messages;
    }
}
