package be.pfe.operations.domain.notification;

import java.time.Clock;
import jakarta.inject.Inject;
import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The texts of a centre's messages: its own where it wrote one, else the defaults; changed by the centre's staff. */
@ApplicationScoped
@Transactional
public class MessageTemplates {

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;

    /** The application's clock (Brussels); the plain constructor's callers get the system clock. */
    @Inject
    Clock clock = Clocks.system();
    /** Saving and resetting a text are traced (centre, kind and language; never the text). */
    @Inject
    be.pfe.operations.domain.audit.AuditTrail audit;
    @Inject
    be.pfe.operations.domain.access.Actor actor;

    protected MessageTemplates() {
        // for CDI
    }

    public MessageTemplates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One text as the centre uses it; {@code version} of the centre's own text (none: the default applies). */
    public record Template(MessageKind kind, Language language, String subject, String body, boolean own,
                           Long version) {
    }

    /** Every kind of message in every language, as the centre uses it. */
    @UseCase(Access.RECORDS)
    public List<Template> of(@Names(RecordKind.CENTRE) String centreCode) {
        long centreId = centreId(centreCode);
        List<Template> templates = new ArrayList<>();
        for (MessageKind kind : MessageKind.values()) {
            for (Language language : Language.values()) {
                MessageTemplate own = own(centreId, kind, language);
                MessageTexts.Text text = own == null ? MessageTexts.defaults(kind, language)
                        : new MessageTexts.Text(own.subject(), own.body());
                templates.add(new Template(kind, language, text.subject(), text.body(), own != null,
                        own == null ? null : own.version()));
            }
        }
        return templates;
    }

    /** The centre's own text of one kind in one language (replacing the default one). */
    @UseCase(Access.PLANNING)
    public Template save(@Names(RecordKind.CENTRE) String centreCode, MessageKind kind, Language language,
                         String subject, String body, String actor) {
        return save(centreCode, kind, language, subject, body, actor, false, null);
    }

    /**
     * The centre's own text, changed from what the user read: {@code expectedVersion} is the version of the centre's
     * own text they read, or none when they read the default text. Someone else's change or reset made meanwhile is
     * refused ({@code template.changedMeanwhile}) rather than overwritten.
     */
    @UseCase(Access.PLANNING)
    public Template save(@Names(RecordKind.CENTRE) String centreCode, MessageKind kind, Language language,
                         String subject, String body, String actor, Long expectedVersion) {
        return save(centreCode, kind, language, subject, body, actor, true, expectedVersion);
    }

    private Template save(String centreCode, MessageKind kind, Language language, String subject, String body,
                          String actor, boolean checked, Long expectedVersion) {
        if (kind == null || language == null) {
            throw new be.pfe.operations.domain.shared.BusinessRuleException("template.kind.required", "kind");
        }
        long centreId = centreId(centreCode);
        MessageTemplate template = own(centreId, kind, language);
        if (checked) {
            requireUnchanged(template, expectedVersion);
        }
        if (template == null) {
            template = new MessageTemplate(centreId, kind, language);
            template.change(subject, body, actor, OffsetDateTime.now(clock));
            entityManager.persist(template);
        } else {
            template.change(subject, body, actor, OffsetDateTime.now(clock));
        }
        entityManager.flush();
        audit(be.pfe.operations.domain.audit.AuditAction.MESSAGE_TEMPLATE_CHANGED, actor, centreCode, kind, language);
        return new Template(kind, language, template.subject(), template.body(), true, template.version());
    }

    /** Back to the default text. */
    @UseCase(Access.PLANNING)
    public void reset(@Names(RecordKind.CENTRE) String centreCode, MessageKind kind, Language language) {
        MessageTemplate own = own(centreId(centreCode), kind, language);
        if (own != null) {
            entityManager.remove(own);
            audit(be.pfe.operations.domain.audit.AuditAction.MESSAGE_TEMPLATE_RESET, null, centreCode, kind, language);
        }
    }

    /** Back to the default text, unless someone changed the centre's own text since the user read it. */
    @UseCase(Access.PLANNING)
    public void reset(@Names(RecordKind.CENTRE) String centreCode, MessageKind kind, Language language,
                      Long expectedVersion) {
        MessageTemplate own = own(centreId(centreCode), kind, language);
        requireUnchanged(own, expectedVersion);
        if (own != null) {
            entityManager.remove(own);
            audit(be.pfe.operations.domain.audit.AuditAction.MESSAGE_TEMPLATE_RESET, null, centreCode, kind, language);
        }
    }

    /** Who changed which text (the centre's code; the kind and language), never the text itself. */
    private void audit(be.pfe.operations.domain.audit.AuditAction action, String who, String centreCode,
                       MessageKind kind, Language language) {
        if (audit != null) {
            String username = who != null ? who : actor == null ? null : actor.username();
            audit.record(username, action, centreCode.strip(), kind.name() + " " + language.name());
        }
    }

    /** A change of one of the centre's texts as the audit trail has it: when, by whom, which text, reset or saved. */
    public record Change(OffsetDateTime at, String by, MessageKind kind, Language language, boolean reset) {
    }

    /** The latest changes of the centre's texts (saved, back to the default), newest first, from the audit trail. */
    @UseCase(Access.PLANNING)
    public List<Change> changes(@Names(RecordKind.CENTRE) String centreCode, int limit) {
        centreId(centreCode);
        List<be.pfe.operations.domain.audit.AuditEvent> events = entityManager.createQuery("select e from AuditEvent e"
                        + " where e.subject = :centre and e.action in :actions order by e.occurredAt desc, e.id desc",
                        be.pfe.operations.domain.audit.AuditEvent.class)
                .setParameter("centre", centreCode.strip())
                .setParameter("actions", List.of(be.pfe.operations.domain.audit.AuditAction.MESSAGE_TEMPLATE_CHANGED,
                        be.pfe.operations.domain.audit.AuditAction.MESSAGE_TEMPLATE_RESET))
                .setMaxResults(limit).getResultList();
        List<Change> changes = new ArrayList<>();
        for (be.pfe.operations.domain.audit.AuditEvent event : events) {
            String[] what = event.detail() == null ? new String[0] : event.detail().split(" ");
            try {
                changes.add(new Change(event.occurredAt(), event.actor(), MessageKind.valueOf(what[0]),
                        Language.valueOf(what[1]),
                        event.action() == be.pfe.operations.domain.audit.AuditAction.MESSAGE_TEMPLATE_RESET));
            } catch (RuntimeException unreadable) {
                // not one of ours: left out
            }
        }
        return changes;
    }

    private static void requireUnchanged(MessageTemplate own, Long expectedVersion) {
        boolean unchanged = own == null ? expectedVersion == null
                : expectedVersion != null && expectedVersion == own.version();
        if (!unchanged) {
            throw new be.pfe.operations.domain.shared.ClashException("template.changedMeanwhile", "subject");
        }
    }

    private MessageTemplate own(long centreId, MessageKind kind, Language language) {
        return entityManager.createQuery("select t from MessageTemplate t where t.centreId = :centre and t.kind = :kind"
                        + " and t.language = :language", MessageTemplate.class)
                .setParameter("centre", centreId).setParameter("kind", kind).setParameter("language", language)
                .getResultList().stream().findFirst().orElse(null);
    }

    private long centreId(String code) {
        return entityManager.createNamedQuery(Centre.FIND_BY_CODE, Centre.class).setParameter("code", code)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("centre.unknown", null, code)).id();
    }
}
