package be.pfe.operations.domain.plan;

import be.pfe.operations.domain.shared.BusinessRuleException;

/** The checks every kind of plan line makes on its input. */
final class PlanLines {

    private PlanLines() {
    }

    static int count(Integer value, String field) {
        if (value == null || value < 0) {
            throw new BusinessRuleException("plan.line.count", field, value == null ? "" : value);
        }
        return value;
    }

    static String text(String value, String field, int maxLength, boolean required) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text == null && required) {
            throw new BusinessRuleException("plan.line.required", field);
        }
        if (text != null && text.length() > maxLength) {
            throw new BusinessRuleException("plan.line.tooLong", field, maxLength);
        }
        return text;
    }

    /** A text in French, Dutch and English, at least one of them. */
    static be.pfe.operations.domain.shared.LocalizedText localized(String fr, String nl, String en, String field) {
        int max = be.pfe.operations.domain.shared.LocalizedText.MAX_LENGTH;
        String french = text(fr, field, max, false);
        String dutch = text(nl, field, max, false);
        String english = text(en, field, max, false);
        if (french == null && dutch == null && english == null) {
            throw new BusinessRuleException("plan.line.required", field);
        }
        return new be.pfe.operations.domain.shared.LocalizedText(french, dutch, english);
    }

    /** The three translations of a text, for the differences between versions. */
    static String translations(be.pfe.operations.domain.shared.LocalizedText text) {
        return String.join(" / ", java.util.stream.Stream.of(text.fr(), text.nl(), text.en())
                .map(t -> t == null ? "-" : t).toList());
    }

    static String code(String value, String field) {
        String code = text(value, field, 40, true);
        return code.toUpperCase(java.util.Locale.ROOT);
    }
}
