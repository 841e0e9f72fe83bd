package be.pfe.operations.domain.shared;

import java.util.Locale;

/** The languages the centres work in: French, Dutch and English. */
public enum Language {
    FR, NL, EN;

    /** The language as written in Belgium (dates, numbers): fr-BE, nl-BE, en-BE. */
    public Locale locale() {
        return new Locale(name().toLowerCase(Locale.ROOT), "BE");
    }

    /**
     * The locale that writes numbers as the language's readers do: fr-BE and nl-BE ("6.656", "4,2 %"), and English
     * as in English (en-GB: "6,656", "4.2%"), where en-BE would write them the continental way.
     */
    public Locale numberLocale() {
        return this == EN ? Locale.UK : locale();
    }

    /** The language of a locale, French when it is none of the three (the centres' default). */
    public static Language of(Locale locale) {
        if (locale != null) {
            for (Language language : values()) {
                if (language.name().equalsIgnoreCase(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return FR;
    }
}
