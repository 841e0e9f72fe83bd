package be.pfe.operations.domain.notification;

import be.pfe.operations.domain.shared.Language;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The default texts of the messages ({@code notification/templates_xx.properties}) and how placeholders fill. */
public final class MessageTexts {

    private MessageTexts() {
    }

    /** A subject and a body, with {@code {placeholders}}. */
    public record Text(String subject, String body) {

        /** The text with its placeholders replaced by the values given (unknown ones stay as written). */
        public Text fill(Map<String, String> values) {
            return new Text(fill(subject, values), fill(body, values));
        }

        private static String fill(String text, Map<String, String> values) {
            String result = text;
            for (Map.Entry<String, String> value : values.entrySet()) {
                result = result.replace("{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
            }
            return result;
        }
    }

    /** Made-up values of every placeholder, in the language, to preview a text with (no real person's data). */
    public static Map<String, String> sample(MessageKind kind, Language language) {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                language.locale());
        java.time.LocalDate start = java.time.LocalDate.of(2049, 3, 2);
        String[] words = switch (language) {
            case FR -> new String[] {"Aide-comptable", "motif donné par le centre", "réussi", "Conseiller Actiris"};
            case NL -> new String[] {"Boekhoudkundig assistent", "reden gegeven door het centrum", "geslaagd",
                    "Actiris-adviseur"};
            case EN -> new String[] {"Accounting assistant", "reason given by the centre", "passed",
                    "Actiris adviser"};
        };
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("learner", "Alex Martin");
        values.put("course", words[0]);
        values.put("centre", "Technicity");
        values.put("site", "Bruxelles");
        values.put("room", "A.101");
        values.put("start", start.format(day));
        values.put("end", start.plusMonths(3).format(day));
        values.put("firstMeeting", start.format(day) + ", 09:00–12:30");
        values.put("reason", words[1]);
        values.put("meeting", start.plusDays(7).format(day) + ", 09:00–12:30");
        values.put("newMeeting", start.plusDays(8).format(day) + ", 13:30–17:00");
        values.put("partner", words[3]);
        values.put("result", words[2]);
        return values;
    }

    /** The placeholders a text may use. */
    public static java.util.List<String> placeholders() {
        return java.util.List.of("learner", "course", "centre", "site", "room", "start", "end", "firstMeeting",
                "reason", "meeting", "newMeeting", "partner", "result");
    }

    public static Text defaults(MessageKind kind, Language language) {
        ResourceBundle bundle = bundle(language);
        return new Text(bundle.getString(kind.name() + ".subject"), bundle.getString(kind.name() + ".body"));
    }

    /** A word of the default texts (e.g. a validation's result) in the language. */
    public static String word(String key, Language language) {
        ResourceBundle bundle = bundle(language);
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle("notification.templates",
                new Locale(language.name().toLowerCase(Locale.ROOT)), MessageTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
