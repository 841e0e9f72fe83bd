package be.pfe.operations.domain.shared;

import java.util.Locale;

/** The languages the centres work in: French, Dutch and English. */
public enum Language {
    FR, NL, EN;

    /**
     * The language as its readers write dates and numbers: fr-BE and nl-BE as in Belgium ("6.656", "4,2 %"), English
     * as in English (en-GB: "6,656", "4.2%"; en-BE would write numbers the continental way).
     */
    public Locale locale() {
        return this == EN ? Locale.UK : new Locale(name().toLowerCase(Locale.ROOT), "BE");
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
