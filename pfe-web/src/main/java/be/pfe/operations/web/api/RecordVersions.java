package be.pfe.operations.web.api;

import be.pfe.operations.domain.account.UserAccount;
import be.pfe.operations.domain.calendar.Meeting;
import be.pfe.operations.domain.company.Company;
import be.pfe.operations.domain.enrolment.Enrolment;
import be.pfe.operations.domain.placement.Placement;
import be.pfe.operations.domain.session.CourseSession;
import be.pfe.operations.domain.shared.RecordVersionStore;
import be.pfe.operations.domain.shared.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.util.function.Supplier;

/**
 * No lost update over the API for the records people edit whose use cases take no version of their own (sessions,
 * enrolments, placements, user accounts, companies, meetings; what belongs to them, a session's seat plan or a
 * meeting's attendance, moves their version): their answers carry the record's version ({@code @Version}) as
 * {@code ETag}, and every change of such a record must send it back in {@code If-Match}: without it the change is
 * refused with 428 before anything is read; with a version that is no longer the current one it is refused with
 * 412 and nothing is written. The change runs in one transaction with the check: the use case first (so that its
 * access check answers a caller who may not see the record, 403, and an unknown record, 404, as always), then the
 * comparison, then the version is incremented whatever the use case changed (a session's meetings, say), and a
 * concurrent change that got there between the two is refused at commit (409, {@code request.concurrentChange}).
 * Creations (a POST to a collection) need no If-Match. The pages save through the same check from the version they
 * showed ({@link #version}, {@code ui.ChangedMeanwhile}).
 */
@ApplicationScoped
public class RecordVersions {

    /** The versioned records, by their entity. */
    public enum Kind {
        /** A course session, a skills validation session too (with its seat plan and its candidates' results). */
        SESSION(CourseSession.class),
        ENROLMENT(Enrolment.class),
        PLACEMENT(Placement.class),
        USER(UserAccount.class),
        /** A company with its contacts and recruitment needs. */
        COMPANY(Company.class),
        /** A meeting with its attendance marks. */
        MEETING(Meeting.class);

        private final Class<?> type;

        Kind(Class<?> type) {
            this.type = type;
        }
    }

    /** What a change made, and the record's version after it. */
    public record Tagged<T>(T entity, long version) {

        public Response ok() {
            return response(Response.ok());
        }

        public Response response(Response.ResponseBuilder builder) {
            return builder.tag(new EntityTag(Long.toString(version))).entity(entity).build();
        }
    }

    /** The versions themselves (pfe-domain's repository): this class only compares and answers. */
    @Inject
    RecordVersionStore versions;

    /**
     * The record's version as read before a use case that reads it (so that the ETag is never newer than what the
     * answer shows), then the use case's answer.
     */
    @Transactional
    public <T> Tagged<T> read(Kind kind, long id, Supplier<T> read) {
        long version = current(kind, id);
        T entity = read.get();
        return new Tagged<>(entity, version);
    }

    /** The change, if the record is still at the version named by If-Match (see the class). */
    @Transactional
    public <T> Tagged<T> change(Kind kind, long id, String ifMatch, Supplier<T> change) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw PreconditionException.required();
        }
        long expected = Identifiers.of("If-Match", ifMatch.strip().replace("W/", "").replace("\"", ""));
        Object record = versions.find(kind.type, id).orElse(null);
        Long before = record == null ? null : current(kind, id);
        T entity = change.get();
        if (record == null) {
            // the use case found what this lookup did not (it answers 404 otherwise): nothing to compare
            return new Tagged<>(entity, current(kind, id));
        }
        if (before.longValue() != expected) {
            throw PreconditionException.failed(new StaleVersionException(before));
        }
        versions.forceIncrement(record);
        return new Tagged<>(entity, current(kind, id));
    }

    /** The record's current version, for a page to save from the version it showed (0 when there is none). */
    @Transactional
    public long version(Kind kind, long id) {
        return current(kind, id);
    }

    /** The version as this transaction sees it (its own writes included). */
    private long current(Kind kind, long id) {
        return versions.version(kind.type, id);
    }
}
