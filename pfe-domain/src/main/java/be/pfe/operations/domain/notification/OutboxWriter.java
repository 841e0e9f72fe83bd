package be.pfe.operations.domain.notification;

import jakarta.inject.Inject;
import be.pfe.operations.domain.time.Clocks;
import be.pfe.operations.domain.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the messages a change causes into the outbox, in the transaction of the change: it observes
 * {@link NotificationCause} synchronously (the use case fires it inside its transaction), so the messages commit or
 * roll back with the change. Each message in its recipient's language (the learner's; a partner's in the language
 * its address was given with, French by default), from the centre's own template when it has one, else the default texts. Only the learner's name,
 * never their national register number.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final String HOLDING_SEAT = "'ADMITTED', 'ENROLLED'";

    @PersistenceContext(unitName = "pfe")
    private EntityManager entityManager;
    @Inject // the application's clock (ClockProducer); tests construct with their own
    private Clock clock = Clocks.system();

    protected OutboxWriter() {
        // for CDI
    }

    public OutboxWriter(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Writes the messages of the cause; called inside the transaction of the change. */
    public void on(@Observes NotificationCause cause) {
        entityManager.flush(); // the change itself is seen by the queries below
        if (cause.learnerId() != null && cause.sessionId() != null) {
            facts("v.session_id = ?1 and v.learner_id = " + cause.learnerId().longValue(), cause.sessionId(),
                    CANDIDATE).forEach(facts -> toLearner(cause, facts));
        } else if (cause.enrolmentId() != null) {
            Facts facts = facts("e.id = ?1", cause.enrolmentId(), ENROLMENT).stream().findFirst().orElse(null);
            if (facts != null) {
                write(cause, facts);
            }
        } else if (cause.sessionId() != null) {
            for (Facts facts : facts("e.session_id = ?1 and e.status in (" + HOLDING_SEAT + ")", cause.sessionId(),
                    ENROLMENT)) {
                write(cause, facts);
            }
        }
    }

    /**
     * The text a message of this kind about the enrolment has today, in the learner's language, from the centre's
     * template (a printed letter says the same as the e-mail); empty when there is no such enrolment.
     */
    public java.util.Optional<MessageTexts.Text> render(MessageKind kind, long enrolmentId) {
        return facts("e.id = ?1", enrolmentId, ENROLMENT).stream().findFirst().map(facts -> template(facts.centreId, kind,
                facts.language).fill(values(NotificationCause.ofEnrolment(kind, enrolmentId, null, null), facts)));
    }

    private void write(NotificationCause cause, Facts facts) {
        switch (cause.kind()) {
            case CONVOCATION, WAITLIST_PROMOTION -> {
                toLearner(cause, facts);
                toPartner(MessageKind.PARTNER_ADMITTED, cause, facts);
            }
            case PARTNER_ADMITTED, PARTNER_DROPPED_OUT, PARTNER_COMPLETED -> toPartner(cause.kind(), cause, facts);
            default -> toLearner(cause, facts);
        }
    }

    private void toLearner(NotificationCause cause, Facts facts) {
        MessageTexts.Text text = template(facts.centreId, cause.kind(), facts.language).fill(values(cause, facts));
        entityManager.persist(new OutboxMessage(facts.centreId, facts.learnerId, facts.sessionId, facts.enrolmentId,
                null, cause.kind(), facts.language, facts.email, text.subject(), text.body(), now(), cause.actor()));
    }

    private void toPartner(MessageKind kind, NotificationCause cause, Facts facts) {
        if (facts.partnerId == null || facts.partnerEmail == null || facts.partnerEmail.isBlank()) {
            return; // the partner configured no address: nobody to tell
        }
        Language language = facts.partnerLanguage; // the partner's own language (French unless it chose another)
        MessageTexts.Text text = template(facts.centreId, kind, language).fill(values(cause, facts, language));
        entityManager.persist(new OutboxMessage(facts.centreId, facts.learnerId, facts.sessionId, facts.enrolmentId,
                facts.partnerId, kind, language, facts.partnerEmail, text.subject(), text.body(), now(),
                cause.actor()));
    }

    /** The centre's own text of this kind and language, else the default one. */
    MessageTexts.Text template(long centreId, MessageKind kind, Language language) {
        List<MessageTemplate> own = entityManager.createQuery("select t from MessageTemplate t where t.centreId = "
                        + ":centre and t.kind = :kind and t.language = :language", MessageTemplate.class)
                .setParameter("centre", centreId).setParameter("kind", kind).setParameter("language", language)
                .getResultList();
        return own.isEmpty() ? MessageTexts.defaults(kind, language)
                : new MessageTexts.Text(own.get(0).subject(), own.get(0).body());
    }

    private Map<String, String> values(NotificationCause cause, Facts facts) {
        return values(cause, facts, facts.language);
    }

    private Map<String, String> values(NotificationCause cause, Facts facts, Language language) {
        Locale locale = language.locale();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        Map<String, String> values = new HashMap<>();
        values.put("learner", facts.givenName + " " + facts.familyName);
        values.put("course", facts.course(language));
        values.put("centre", facts.centreName);
        values.put("site", facts.site);
        values.put("room", facts.room == null ? "-" : facts.room);
        values.put("start", facts.start.format(day));
        values.put("end", facts.end.format(day));
        values.put("firstMeeting", facts.firstMeeting == null ? "-" : when(facts.firstMeeting, day));
        values.put("reason", cause.reason() == null || cause.reason().isBlank() ? "-" : cause.reason());
        values.put("meeting", cause.was() == null ? "-" : when(cause.was(), day));
        values.put("newMeeting", cause.now() == null ? "-" : when(cause.now(), day));
        values.put("partner", facts.partnerName == null ? "" : facts.partnerName);
        if (cause.kind() == MessageKind.VALIDATION_RESULT) {
            String result = MessageTexts.word("result." + cause.reason(), language);
            values.put("result", cause.certificate() == null ? result
                    : result + " (" + MessageTexts.word("certificate", language) + " " + cause.certificate() + ")");
        }
        return values;
    }

    static String when(NotificationCause.When when, DateTimeFormatter day) {
        return when.date().format(day) + ", " + when.start() + "–" + when.end();
    }

    /** From an enrolment (with its referring partner). */
    private static final String ENROLMENT = """
            e.id, l.id, l.given_name, l.family_name, l.email, l.language, s.id, s.centre_id, c.name,
            c.site, r.name, s.start_date, s.end_date, co.title_fr, co.title_nl, co.title_en,
            e.partner_id, p.notification_email, p.name, %s, p.notification_language
            from enrolment e join learner l on l.id = e.learner_id
            join course_session s on s.id = e.session_id join centre c on c.id = s.centre_id
            join course co on co.id = s.course_id left join room r on r.id = s.room_id
            left join partner_organisation p on p.id = e.partner_id""";
    /** From a candidate of a skills validation (no enrolment, no partner). */
    private static final String CANDIDATE = """
            null, l.id, l.given_name, l.family_name, l.email, l.language, s.id, s.centre_id, c.name,
            c.site, r.name, s.start_date, s.end_date, co.title_fr, co.title_nl, co.title_en,
            null, null, null, %s, null
            from validation_candidate v join learner l on l.id = v.learner_id
            join course_session s on s.id = v.session_id join centre c on c.id = s.centre_id
            join course co on co.id = s.course_id left join room r on r.id = s.room_id""";
    private static final String FIRST_MEETING = """
            (select m.meeting_date from meeting m where m.session_id = s.id and m.status = 'SCHEDULED'
             order by m.meeting_date, m.start_time limit 1),
            (select m.start_time from meeting m where m.session_id = s.id and m.status = 'SCHEDULED'
             order by m.meeting_date, m.start_time limit 1),
            (select m.end_time from meeting m where m.session_id = s.id and m.status = 'SCHEDULED'
             order by m.meeting_date, m.start_time limit 1)""";

    private List<Facts> facts(String where, long id, String from) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select " + from.formatted(FIRST_MEETING)
                        + " where " + where + " order by 1, 2")
                .setParameter(1, id).getResultList();
        return rows.stream().map(Facts::new).toList();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** What a message says about one enrolment. */
    private static final class Facts {
        final Long enrolmentId;
        final long learnerId;
        final String givenName;
        final String familyName;
        final String email;
        final Language language;
        final long sessionId;
        final long centreId;
        final String centreName;
        final String site;
        final String room;
        final LocalDate start;
        final LocalDate end;
        final String course;
        final String[] titles;
        final Long partnerId;
        final Language partnerLanguage;
        final String partnerEmail;
        final String partnerName;
        final NotificationCause.When firstMeeting;

        Facts(Object[] row) {
            enrolmentId = row[0] == null ? null : ((Number) row[0]).longValue();
            learnerId = ((Number) row[1]).longValue();
            givenName = (String) row[2];
            familyName = (String) row[3];
            email = (String) row[4];
            language = row[5] == null ? Language.FR : Language.valueOf((String) row[5]);
            sessionId = ((Number) row[6]).longValue();
            centreId = ((Number) row[7]).longValue();
            centreName = (String) row[8];
            site = (String) row[9];
            room = (String) row[10];
            start = date(row[11]);
            end = date(row[12]);
            String fr = (String) row[13];
            String nl = (String) row[14];
            String en = (String) row[15];
            String title = switch (language) {
                case FR -> fr;
                case NL -> nl;
                case EN -> en;
            };
            course = title != null ? title : fr != null ? fr : nl != null ? nl : en;
            titles = new String[] {fr, nl, en};
            partnerId = row[16] == null ? null : ((Number) row[16]).longValue();
            partnerEmail = (String) row[17];
            partnerName = (String) row[18];
            firstMeeting = row[19] == null ? null
                    : new NotificationCause.When(date(row[19]), time(row[20]), time(row[21]));
            partnerLanguage = row.length > 22 && row[22] != null ? Language.valueOf(((String) row[22]).strip())
                    : Language.FR;
        }

        /** The course's title in that language (another one when it has none in it). */
        String course(Language language) {
            String title = titles[language.ordinal()];
            return title != null ? title : course;
        }

        private static LocalDate date(Object value) {
            return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
        }

        private static LocalTime time(Object value) {
            return value instanceof Time time ? time.toLocalTime() : (LocalTime) value;
        }
    }
}
