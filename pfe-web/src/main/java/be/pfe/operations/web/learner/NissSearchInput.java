package be.pfe.operations.web.learner;

/** The body of a search by national register number: sent in a body only, never in a URL, never logged. */
public record NissSearchInput(String niss) {

    @Override
    public String toString() {
        return "NissSearchInput[***]";
    }
}
