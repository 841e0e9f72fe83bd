package be.pfe.operations.web.ui;

import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.web.security.AccountService;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in user's choices that follow them from page to page: the interface language and the centre
 * they work on (none: all centres). The language starts as the browser's, when it is French, Dutch or English;
 * once signed in, it is the one the user chose last, remembered in their account.
 */
@Named("preferences")
@SessionScoped
public class UserPreferences implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;
    @Inject
    be.pfe.operations.domain.access.Actor actor;

    private Language language;
    private String centreCode;

    public Language getLanguage() {
        if (language == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            language = Language.of(faces == null ? null : faces.getExternalContext().getRequestLocale());
        }
        return language;
    }

    public void setLanguage(Language language) {
        if (language != null && language != this.language) {
            this.language = language;
            FacesContext faces = FacesContext.getCurrentInstance();
            String user = faces == null ? null : faces.getExternalContext().getRemoteUser();
            if (user != null) {
                accounts.chooseLanguage(user, language);
            }
        }
    }

    /** Just signed in: the account's language (if they ever chose one), and the user's centre when they have one. */
    public void signedIn(Language language, String homeCentre) {
        if (language != null) {
            this.language = language;
        }
        this.centreCode = homeCentre;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    /** The centre chosen, when it is one the user reads (records or figures); else none (all of theirs). */
    public String getCentreCode() {
        return readable(centreCode) ? centreCode : null;
    }

    /** A centre the user does not read is not kept: the pages never turn into refusals because of the switcher. */
    public void setCentreCode(String centreCode) {
        String chosen = centreCode == null || centreCode.isBlank() ? null : centreCode;
        this.centreCode = readable(chosen) ? chosen : null;
    }

    private boolean readable(String code) {
        return code != null && (actor.may(be.pfe.operations.domain.access.Access.RECORDS, code)
                || actor.may(be.pfe.operations.domain.access.Access.FIGURES, code));
    }
}
