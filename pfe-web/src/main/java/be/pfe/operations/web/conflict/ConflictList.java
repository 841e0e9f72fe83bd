package be.pfe.operations.web.conflict;

import be.pfe.operations.domain.calendar.Meetings;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.scheduling.conflict.ConflictDetector;
import be.pfe.operations.scheduling.conflict.ConflictKind;
import be.pfe.operations.scheduling.conflict.ConflictMode;
import be.pfe.operations.scheduling.conflict.ConflictPolicy;
import be.pfe.operations.scheduling.conflict.FoundConflict;
import be.pfe.operations.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The conflicts the scheduled meetings of a centre (or of every centre) have now during a period, each
 * explained in the user's language with the centre's mode for its kind. Computed, not stored: the period is
 * bounded so that a request stays cheap.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConflictList {

    /** The longest period one request looks at, in days. */
    public static final int MAX_DAYS = 366;

    @Inject
    Centres centres;
    @Inject
    Actor actor;
    @Inject
    Meetings meetings;
    @Inject
    ConflictDetector detector;
    @Inject
    ConflictPolicy policy;

    /** @param centreCode a centre, or {@code null} for all of them */
    public List<ConflictItem> of(String centreCode, DateRange period, Language language) {
        if (period.days() > MAX_DAYS) {
            throw new BusinessRuleException("conflicts.period.tooLong", "to", MAX_DAYS);
        }
        // all centres: those the user may read; one centre: refused unless the user may read it
        actor.requireAny(Access.RECORDS);
        List<String> codes = centreCode == null
                ? centres.all().stream().map(Centre::code).filter(code -> actor.may(Access.RECORDS, code)).toList()
                : List.of(centres.byCode(centreCode).map(Centre::code)
                .orElseThrow(() -> new NotFoundException("centre.unknown", "centre", centreCode)));
        codes.forEach(code -> actor.require(Access.RECORDS, code));
        List<ConflictItem> items = new ArrayList<>();
        for (String code : codes) {
            Map<ConflictKind, ConflictMode> modes = policy.of(code);
            for (FoundConflict found : detector.conflictsAmong(meetings.ofCentreDuring(code, period), period)) {
                items.add(item(found, modes.get(found.conflict().kind()), language));
            }
        }
        return items;
    }

    /** The conflicts found, each explained (for the calendar, which has already read its meetings). */
    static ConflictItem item(FoundConflict found, ConflictMode mode, Language language) {
        var meeting = found.meeting();
        var session = found.session();
        var kind = found.conflict().kind();
        return new ConflictItem(kind.name(), Messages.text(language.locale(), "ConflictKind." + kind.name()),
                mode.name(), meeting.id(), meeting.time().date(), meeting.time().start(), meeting.time().end(),
                session.id(), session.centre().code(), session.course().code(), session.course().title().in(language),
                session.room() == null ? null : session.room().code(), found.sessionWide(),
                found.conflict().otherSessionId(), Messages.of(found.conflict(), language.locale()));
    }
}
