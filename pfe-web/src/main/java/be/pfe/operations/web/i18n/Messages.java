package be.pfe.operations.web.i18n;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text the user reads, in French, Dutch or English, from the {@code i18n/messages} bundles.
 * Key scheme: {@code page.section.field.label} for pages, {@code EnumName.VALUE} for enum values, and the
 * domain's message keys (e.g. {@code meeting.outsideSession}) for refused requests.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    /** The bundle of one of the three languages (never the machine's default language by accident). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Language.of(locale).locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for the key with its arguments filled in; dates are written the way the language writes them. */
    public static String text(Locale locale, String key, Object... arguments) {
        Locale language = Language.of(locale).locale();
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        DateTimeFormatter dates = Dates.formatter(language);
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof LocalDate date) {
                shown[i] = dates.format(date);
            } else if (argument instanceof Enum<?> value) {
                shown[i] = text(language, value.getDeclaringClass().getSimpleName() + "." + value.name());
            } else if (argument instanceof java.util.Collection<?> values) {
                // a list of values (e.g. those allowed), each in the reader's language
                shown[i] = String.join(", ", values.stream().map(value -> value instanceof Enum<?> constant
                        ? text(language, constant.getDeclaringClass().getSimpleName() + "." + constant.name())
                        : String.valueOf(value)).toList());
            } else {
                shown[i] = argument;
            }
        }
        // numbers as the language's readers write them (dates are written above, as the pages write them: Dates)
        return new MessageFormat(pattern, Language.of(language).numberLocale()).format(shown);
    }

    /** The message that explains a scheduling conflict. */
    public static String of(be.pfe.operations.scheduling.conflict.Conflict conflict, Locale locale) {
        return text(locale, conflict.messageKey(), conflict.arguments().toArray());
    }

    /** The message that explains why a request was refused. */
    public static String of(BusinessRuleException refusal, Locale locale) {
        return text(locale, refusal.messageKey(), refusal.arguments());
    }
}
