package be.pfe.operations.web.ui;

import be.pfe.operations.domain.shared.Language;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in user's choices that follow them from page to page: the interface language and the centre
 * they work on (none: all centres). The language starts as the browser's, when it is French, Dutch or English.
 */
@Named("preferences")
@SessionScoped
public class UserPreferences implements Serializable {

    private static final long serialVersionUID = 1L;

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
        if (language != null) {
            this.language = language;
        }
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public String getCentreCode() {
        return centreCode;
    }

    public void setCentreCode(String centreCode) {
        this.centreCode = centreCode == null || centreCode.isBlank() ? null : centreCode;
    }
}
