package be.pfe.operations.reporting.yearly.document;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;

/**
 * The texts of a document in the reader's language: the web layer hands over its bundle lookup (this module has no
 * resource bundles of its own) and the locale that formats numbers and dates.
 */
public record ReportTexts(Function<String, String> bundle, Locale locale) {

    public String text(String key, Object... arguments) {
        String pattern = bundle.apply(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** A month ({@code 2026-01}) as its readers name it: "janvier 2026", "januari 2026", "January 2026". */
    public String month(String key) {
        if (key == null || !key.matches("\\d{4}-\\d{2}")) {
            return key;
        }
        return java.time.YearMonth.parse(key).format(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy",
                locale.getLanguage().equals("en") ? Locale.UK : locale));
    }

    /** A count or a rate as written in the reader's language (rates with one decimal). */
    public String number(Number value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale.getLanguage().equals("en") ? Locale.UK : locale);
        format.setMaximumFractionDigits(value instanceof Double ? 1 : 0);
        return format.format(value);
    }
}
