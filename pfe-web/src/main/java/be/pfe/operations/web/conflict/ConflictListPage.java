package be.pfe.operations.web.conflict;

import java.time.Clock;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.CentreChoices;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The conflicts page: the conflicts a centre's scheduled meetings have now, over a period (from today, three
 * months, unless chosen), each explained in the user's language with a link to the calendar at its date.
 * The conflicts are computed for the period, not stored, so the list is built in memory and paged there.
 */
@Named
@ViewScoped
public class ConflictListPage implements Serializable {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;
    static final String FORM = "conflictsForm";

    @Inject
    ConflictList conflicts;
    @Inject
    UserPreferences preferences;
    @Inject
    CentreChoices centreChoices;

    private String centre;
    private LocalDate from;
    private LocalDate to;
    private List<ConflictItem> items = List.of();

    @PostConstruct
    void init() {
        centre = centreChoices.startingCentre(preferences.getCentreCode());
        from = LocalDate.now(clock);
        to = from.plusMonths(3);
    }

    /** Runs on the first display (after the deep-link parameters) and on each search. */
    public void search() {
        try {
            items = conflicts.of(centre, new DateRange(from, to), preferences.getLanguage());
        } catch (BusinessRuleException refusal) {
            items = List.of();
            FacesMessages.refused(refusal, FORM);
        }
    }

    public List<ConflictItem> getItems() {
        return items;
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        if (centre != null && !centre.isBlank()) {
            this.centre = centre;
        }
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
