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
