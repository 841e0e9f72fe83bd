package be.pfe.operations.domain.company;

import be.pfe.operations.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/**
 * Registers companies and keeps their details, contacts and recruitment needs. An enterprise number is registered
 * once: a second registration (or a change to a number already taken) is refused with the company that has it;
 * the table's unique key holds the rule for two requests at the same moment.
 */
@ApplicationScoped
@Transactional
public class CompanyRegister {

    private Companies companies;

    protected CompanyRegister() {
        // for CDI
    }

    @Inject
    public CompanyRegister(Companies companies) {
        this.companies = companies;
    }

    public Company register(CompanyDetails details) {
        Company company = new Company(details);
        refuseIfTaken(company.number(), null);
        return companies.add(company);
    }

    public Company change(long companyId, CompanyDetails details) {
        Company company = company(companyId);
        // checked before the entity changes, so that the query does not write the duplicate first
        refuseIfTaken(EnterpriseNumber.of(details.enterpriseNumber()), companyId);
        company.change(details);
        return companies.save(company);
    }

    public CompanyContact addContact(long companyId, String name, String jobRole, String email, String phone) {
        Company company = company(companyId);
        CompanyContact contact = company.addContact(name, jobRole, email, phone);
        companies.save(company);
        return contact;
    }

    public RecruitmentNeed addNeed(long companyId, Long centreId, String jobTitle, int posts, String skills,
                                   LocalDate recordedOn) {
        Company company = company(companyId);
        RecruitmentNeed need = company.addNeed(centreId, jobTitle, posts, skills, recordedOn);
        companies.save(company);
        return need;
    }

    public RecruitmentNeed changeNeedStatus(long companyId, long needId, RecruitmentStatus status) {
        Company company = company(companyId);
        RecruitmentNeed need = company.need(needId);
        need.changeStatus(status);
        companies.save(company);
        return need;
    }

    public Company company(long companyId) {
        return companies.byId(companyId).orElseThrow(() -> new NotFoundException("company.unknown", null, companyId));
    }

    private void refuseIfTaken(EnterpriseNumber number, Long except) {
        companies.byNumber(number).filter(other -> !other.id().equals(except)).ifPresent(other -> {
            throw new DuplicateCompanyException(number, other.name());
        });
    }
}
