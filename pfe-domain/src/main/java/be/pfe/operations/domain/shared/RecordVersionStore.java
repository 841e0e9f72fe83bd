package be.pfe.operations.domain.shared;

import java.util.Optional;

/**
 * The versions ({@code @Version}) of the records people edit, for callers that check a version sent back by a
 * client before a change (If-Match over the API, a page saving from the version it showed). Works in the caller's
 * transaction.
 */
public interface RecordVersionStore {

    /** The record's version as this transaction sees it (its own writes included); 0 when there is none. */
    long version(Class<?> entity, long id);

    /** The record itself, managed by this transaction, if it exists. */
    <T> Optional<T> find(Class<T> entity, long id);

    /** Counts one more version of the record at the flush (if managed here), then writes what is pending. */
    void forceIncrement(Object record);

    /** Writes what is pending now, so that the versions counted at the flush can be read before the commit. */
    void flush();
}
