package be.pfe.operations.web.session;

import be.pfe.operations.domain.session.SessionListItem;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** The sessions page: the sessions of the chosen centre (or of all), a page at a time. */
@Named
@ViewScoped
public class SessionListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Sessions sessions;
    @Inject
    UserPreferences preferences;

    private LazyDataModel<SessionListItem> model;

    @PostConstruct
    void init() {
        model = new SessionLazyModel(sessions, preferences.getCentreCode());
    }

    public LazyDataModel<SessionListItem> getModel() {
        return model;
    }
}
