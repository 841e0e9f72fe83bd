package be.pfe.operations.web.notification;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.notification.MessageKind;
import be.pfe.operations.domain.notification.MessageTemplates;
import be.pfe.operations.domain.notification.MessageTexts;
import be.pfe.operations.domain.notification.PartnerAddresses;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.web.centre.Catalogue;
import be.pfe.operations.web.centre.CentreDto;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages page: a centre's texts of its messages per language (edit, preview with made-up values, back to the
 * default), for those who plan in that centre; the partners' addresses and languages, for administrators (partners
 * are shared by every centre). A text changed by someone else since it was read is refused, not overwritten.
 */
@Named
@ViewScoped
public class MessageTemplatesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "templatesForm";

    @Inject
    transient MessageTemplates templates;
    @Inject
    transient PartnerAddresses partnerAddresses;
    @Inject
    transient Catalogue catalogue;
    @Inject
    transient Actor actor;
    @Inject
    transient UserPreferences preferences;

    private List<CentreDto> centres = List.of();
    private String centre;
    private Language language;
    private List<MessageTemplates.Template> shown = List.of();
    private List<MessageTemplates.Change> changes = List.of();

    /** The text being edited (null: none). */
    private MessageTemplates.Template editing;
    private String subject;
    private String body;
    private MessageTexts.Text preview;

    private List<PartnerRow> partners = new ArrayList<>();

    /** A partner as read, and the address and language typed for it. */
    public static final class PartnerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final PartnerAddresses.PartnerAddress read;
        private String email;
        private Language language;

        PartnerRow(PartnerAddresses.PartnerAddress read) {
            this.read = read;
            this.email = read.email();
            this.language = read.language();
        }

        public PartnerAddresses.PartnerAddress getRead() { return read; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public Language getLanguage() { return language; }
        public void setLanguage(Language language) { this.language = language; }
    }

    @PostConstruct
    void init() {
        try {
            actor.requireAny(Access.PLANNING);
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
            return;
        }
        centres = catalogue.centres().stream().filter(c -> actor.may(Access.PLANNING, c.code())).toList();
        centre = centres.isEmpty() ? null : centres.get(0).code();
        language = preferences.getLanguage();
        refresh();
        readPartners();
    }

    /** The centre's texts in the chosen language. */
    public void refresh() {
        editing = null;
        preview = null;
        if (centre == null) {
            shown = List.of();
            changes = List.of();
            return;
        }
        shown = templates.of(centre).stream().filter(t -> t.language() == language).toList();
        changes = templates.changes(centre, 10);
    }

    /** The latest changes of the centre's texts (who, when, which), from the audit trail. */
    public List<MessageTemplates.Change> getChanges() {
        return changes;
    }

    public void edit(MessageTemplates.Template template) {
        editing = template;
        subject = template.subject();
        body = template.body();
        preview = null;
    }

    public void cancel() {
        editing = null;
        preview = null;
    }

    /** The text as typed, with made-up values in place of the placeholders. */
    public void showPreview() {
        if (editing != null) {
            java.util.Map<String, String> sample = MessageTexts.sample(editing.kind(), editing.language());
            centres.stream().filter(c -> c.code().equals(centre)).findFirst().ifPresent(c -> {
                sample.put("centre", c.name()); // the centre's own name and site, the rest made up
                sample.put("site", c.site());
            });
            preview = new MessageTexts.Text(subject == null ? "" : subject, body == null ? "" : body).fill(sample);
        }
    }

    public void save() {
        if (editing == null) {
            return;
        }
        try {
            templates.save(centre, editing.kind(), editing.language(), subject, body, actor.username(),
                    editing.version());
            FacesMessages.info("page.templates.saved");
            refresh();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
            if ("template.changedMeanwhile".equals(refusal.messageKey())) {
                refresh(); // shown again as it now stands
            }
        }
    }

    /** Back to the default text. */
    public void reset() {
        if (editing == null) {
            return;
        }
        try {
            templates.reset(centre, editing.kind(), editing.language(), editing.version());
            FacesMessages.info("page.templates.resetDone");
            refresh();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
            if ("template.changedMeanwhile".equals(refusal.messageKey())) {
                refresh();
            }
        }
    }

    /** Whether the user sets the partners' addresses (administrators: partners are shared by every centre). */
    public boolean isPartnersOffered() {
        return actor.may(Access.PLANNING, null);
    }

    private void readPartners() {
        partners = isPartnersOffered() ? new ArrayList<>(partnerAddresses.all().stream().map(PartnerRow::new).toList())
                : new ArrayList<>();
    }

    public void savePartner(PartnerRow row) {
        try {
            partnerAddresses.set(row.read.code(), row.email, row.language, row.read);
            FacesMessages.info("page.templates.partnerSaved", row.read.name());
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, null);
        }
        readPartners();
    }

    public List<String> getPlaceholders() {
        return MessageTexts.placeholders();
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public List<CentreDto> getCentres() { return centres; }
    public String getCentre() { return centre; }
    public void setCentre(String centre) {
        this.centre = centre != null && actor.may(Access.PLANNING, centre) ? centre : this.centre;
    }
    public Language getLanguage() { return language; }
    public void setLanguage(Language language) { this.language = language == null ? this.language : language; }
    public List<MessageTemplates.Template> getShown() { return shown; }
    public MessageTemplates.Template getEditing() { return editing; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public MessageTexts.Text getPreview() { return preview; }
    public List<PartnerRow> getPartners() { return partners; }
    public MessageKind[] getKinds() { return MessageKind.values(); }
}
