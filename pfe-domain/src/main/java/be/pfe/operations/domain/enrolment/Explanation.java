package be.pfe.operations.domain.enrolment;

import java.util.Arrays;
import java.util.List;

/**
 * Why the application took a step by itself (a promotion from the waitlist, a transfer): a message key and its
 * arguments, kept with the step and shown in the reader's language.
 */
public record Explanation(String messageKey, List<String> arguments) {

    private static final String SEPARATOR = "|";

    public static Explanation of(String messageKey, Object... arguments) {
        return new Explanation(messageKey, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The arguments as stored (one column). */
    String storedArguments() {
        return String.join(SEPARATOR, arguments);
    }

    static Explanation read(String messageKey, String storedArguments) {
        if (messageKey == null) {
            return null;
        }
        List<String> arguments = storedArguments == null || storedArguments.isEmpty() ? List.of()
                : List.of(storedArguments.split("\\" + SEPARATOR, -1));
        return new Explanation(messageKey, arguments);
    }
}
