package be.pfe.operations.domain.company;

import java.util.List;
import java.util.Optional;

/** The companies known to all centres. */
public interface Companies {

    int MAX_RESULTS = 200;

    Optional<Company> byId(long id);

    Optional<Company> byNumber(EnterpriseNumber number);

    /**
     * The companies whose enterprise number starts with the digits typed (dots and spaces ignored) or whose name
     * contains the text (ignoring case), by name; all of them (up to {@link #MAX_RESULTS}) for an empty text.
     */
    List<Company> search(String text);

    /** Stores a new company; a number registered meanwhile by someone else is refused as a duplicate. */
    Company add(Company company);

    /** Writes the company's pending changes (a number registered meanwhile by someone else is refused). */
    Company save(Company company);
}
