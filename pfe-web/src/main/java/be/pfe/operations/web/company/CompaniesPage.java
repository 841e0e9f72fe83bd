package be.pfe.operations.web.company;

import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.web.ui.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/** The companies page: search by number or name, register or change a company in a dialog. */
@Named
@ViewScoped
public class CompaniesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DIALOG_FORM = "companyForm";

    @Inject
    CompanyDirectory directory;
    @Inject
    be.pfe.operations.web.api.RecordVersions versions;

    private String search;
    private List<CompanyDto> companies;

    private Long editing;
    /** The version of the company as the dialog showed it: a save after someone else's change is refused. */
    private long editingVersion;
    private String enterpriseNumber;
    private String name;
    private Sector sector = Sector.TECHNOLOGY_INDUSTRY;
    private String street;
    private String postalCode;
    private String city;

    public void load() {
        try {
            companies = directory.search(search);
        } catch (BusinessRuleException refusal) {
            companies = List.of();
            FacesMessages.refused(refusal, "companiesForm");
        }
    }

    public void startNew() {
        editing = null;
        enterpriseNumber = null;
        name = null;
        sector = Sector.TECHNOLOGY_INDUSTRY;
        street = null;
        postalCode = null;
        city = null;
    }

    public void edit(CompanyDto company) {
        editing = company.id();
        editingVersion = company.version();
        enterpriseNumber = company.enterpriseNumber();
        name = company.name();
        sector = company.sector();
        street = company.street();
        postalCode = company.postalCode();
        city = company.city();
    }

    public void save() {
        CompanyInput input = new CompanyInput(enterpriseNumber, name, sector, street, postalCode, city);
        try {
            CompanyDto saved = editing == null ? directory.register(input)
                    : be.pfe.operations.web.ui.ChangedMeanwhile.save(versions,
                    be.pfe.operations.web.api.RecordVersions.Kind.COMPANY, editing, editingVersion,
                    () -> directory.change(editing, input));
            FacesMessages.info("page.companies.saved", saved.name(), saved.enterpriseNumber());
            PrimeFaces.current().executeScript("PF('companyDialog').hide()");
            load();
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, DIALOG_FORM);
            if (be.pfe.operations.web.ui.ChangedMeanwhile.is(refusal)) {
                load(); // the list behind the dialog shows the company as it now is, to edit again from there
            }
        }
    }

    public List<Sector> getSectors() {
        return List.of(Sector.values());
    }

    public List<CompanyDto> getCompanies() {
        return companies;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public void setEnterpriseNumber(String enterpriseNumber) {
        this.enterpriseNumber = enterpriseNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
