package be.pfe.operations.web.ui;

import be.pfe.operations.web.centre.Catalogue;
import be.pfe.operations.web.centre.CentreView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The centres, for the centre switcher and the forms (read once per request). */
@Named
@RequestScoped
public class CentreChoices {

    @Inject
    Catalogue catalogue;

    private List<CentreView> centres;

    public List<CentreView> getCentres() {
        if (centres == null) {
            centres = catalogue.centres();
        }
        return centres;
    }

    /** The centre a page starts with: the one the user chose in the switcher, else the first. */
    public String startingCentre(String chosen) {
        return chosen != null ? chosen : getCentres().get(0).code();
    }
}
