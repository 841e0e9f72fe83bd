package be.pfe.operations.web.learner;

import be.pfe.operations.domain.learner.LearnerDirectory;
import be.pfe.operations.domain.learner.LearnerListItem;
import be.pfe.operations.domain.learner.LearnerQuery;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.web.ui.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The Learners page: the learners the user may read, found by name (case and accents ignored, words in any order),
 * birth date and learner number, a page at a time; or by national register number, exactly, in a field of its own
 * that is posted and then emptied (it never appears in a URL, a list or a log).
 */
@Named
@ViewScoped
public class LearnersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "learnersForm";

    @Inject
    LearnerDirectory directory;

    private String text;
    private LocalDate birthDate;
    private Long number;
    private String niss;
    private boolean byNiss;
    private LazyDataModel<LearnerListItem> model;

    @PostConstruct
    void start() {
        model = new LearnerLazyModel(directory, null, null, null);
    }

    public void search() {
        byNiss = false;
        niss = null;
        try {
            directory.search(new LearnerQuery(text, birthDate, number, 0, 1));
            model = new LearnerLazyModel(directory, text, birthDate, number);
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    public void searchByNiss() {
        try {
            List<LearnerListItem> found = directory.byNiss(niss);
            model = new LearnerLazyModel(found);
            byNiss = true;
            niss = null;
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
    }

    public void clear() {
        text = null;
        birthDate = null;
        number = null;
        niss = null;
        byNiss = false;
        model = new LearnerLazyModel(directory, null, null, null);
    }

    public LazyDataModel<LearnerListItem> getModel() {
        return model;
    }

    /** Whether the list shows the result of a search by national register number. */
    public boolean isByNiss() {
        return byNiss;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Long getNumber() {
        return number;
    }

    public void setNumber(Long number) {
        this.number = number;
    }

    public String getNiss() {
        return niss;
    }

    public void setNiss(String niss) {
        this.niss = niss;
    }
}
