package be.pfe.operations.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * A text kept in French, Dutch and English. At least one must be given; a missing translation falls back
 * to French, then Dutch, then English.
 */
@Embeddable
public class LocalizedText {

    public static final int MAX_LENGTH = 300;

    @Column(name = "title_fr", length = MAX_LENGTH)
    private String fr;
    @Column(name = "title_nl", length = MAX_LENGTH)
    private String nl;
    @Column(name = "title_en", length = MAX_LENGTH)
    private String en;

    protected LocalizedText() {
        // for JPA
    }

    public LocalizedText(String fr, String nl, String en) {
        TypedText.requireReadable(fr, "title", false);
        TypedText.requireReadable(nl, "title", false);
        TypedText.requireReadable(en, "title", false);
        this.fr = clean(fr);
        this.nl = clean(nl);
        this.en = clean(en);
        if (this.fr == null && this.nl == null && this.en == null) {
            throw new BusinessRuleException("text.required", "title");
        }
        for (String text : new String[] {this.fr, this.nl, this.en}) {
            if (text != null && text.length() > MAX_LENGTH) {
                throw new BusinessRuleException("text.tooLong", "title", MAX_LENGTH);
            }
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The text in the given language, or the first available translation. */
    public String in(Language language) {
        return pick(language, fr, nl, en);
    }

    /** Of three translations, the one in the given language, else French, then Dutch, then English. */
    public static String pick(Language language, String fr, String nl, String en) {
        String wanted = switch (language) {
            case FR -> fr;
            case NL -> nl;
            case EN -> en;
        };
        return wanted != null ? wanted : fr != null ? fr : nl != null ? nl : en;
    }

    public String fr() {
        return fr;
    }

    public String nl() {
        return nl;
    }

    public String en() {
        return en;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that
                && Objects.equals(fr, that.fr) && Objects.equals(nl, that.nl) && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fr, nl, en);
    }

    @Override
    public String toString() {
        return in(Language.FR);
    }
}
