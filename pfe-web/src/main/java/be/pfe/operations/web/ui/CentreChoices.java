package be.pfe.operations.web.ui;

import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.web.centre.Catalogue;
import be.pfe.operations.web.centre.CentreDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The centres for the centre switcher and the forms (read once per request): the reader's own, those whose records
 * or figures they may read (every centre for administrators, auditors and partner managers' figures).
 */
@Named
@RequestScoped
public class CentreChoices {

    @Inject
    Catalogue catalogue;
    @Inject
    Actor actor;

    private List<CentreDto> centres;

    public List<CentreDto> getCentres() {
        if (centres == null) {
            centres = catalogue.centres().stream().filter(centre -> readable(centre.code())).toList();
        }
        return centres;
    }

    /** Whether the reader may read anything of this centre (its records or its figures). */
    public boolean readable(String centreCode) {
        return centreCode != null && (actor.may(Access.RECORDS, centreCode) || actor.may(Access.FIGURES, centreCode));
    }

    /** Whether "all centres" is a choice: for those who read more than one centre. */
    public boolean isAllOffered() {
        return getCentres().size() > 1;
    }

    /**
     * The centre a page starts with: the one the user chose in the switcher when it is one of theirs, else their
     * first (none when they read no centre).
     */
    public String startingCentre(String chosen) {
        if (chosen != null && readable(chosen)) {
            return chosen;
        }
        return getCentres().isEmpty() ? null : getCentres().get(0).code();
    }

    /** The switcher's choice when it is one of the reader's centres, else none (all of theirs). */
    public String chosen(String chosen) {
        return chosen != null && readable(chosen) ? chosen : null;
    }
}
