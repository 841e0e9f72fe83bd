package be.pfe.operations.domain.company;

import be.pfe.operations.domain.access.UseCase;
import be.pfe.operations.domain.access.RecordKind;
import be.pfe.operations.domain.access.Names;
import be.pfe.operations.domain.access.Access;
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

    @UseCase(Access.PLANNING)
    public Company register(CompanyDetails details) {
        Company company = new Company(details);
        refuseIfTaken(company.number(), null);
        return companies.add(company);
    }

    @UseCase(Access.PLANNING)
    public Company change(@Names(RecordKind.COMPANY) long companyId, CompanyDetails details) {
        Company company = company(companyId);
        // checked before the entity changes, so that the query does not write the duplicate first
        refuseIfTaken(EnterpriseNumber.of(details.enterpriseNumber()), companyId);
        company.change(details);
        return companies.save(company);
    }

    @UseCase(Access.PLANNING)
    public CompanyContact addContact(@Names(RecordKind.COMPANY) long companyId, String name, String jobRole, String email, String phone) {
        Company company = company(companyId);
        CompanyContact contact = company.addContact(name, jobRole, email, phone);
        companies.save(company);
        return contact;
    }

    @UseCase(Access.PLANNING)
    public RecruitmentNeed addNeed(@Names(RecordKind.COMPANY) long companyId, @Names(RecordKind.CENTRE) Long centreId, String jobTitle, int posts, String skills,
                                   LocalDate recordedOn) {
        Company company = company(companyId);
        RecruitmentNeed need = company.addNeed(centreId, jobTitle, posts, skills, recordedOn);
        companies.save(company);
        return need;
    }

    @UseCase(Access.PLANNING)
    public RecruitmentNeed changeNeedStatus(@Names(RecordKind.COMPANY) long companyId, long needId, RecruitmentStatus status) {
        Company company = company(companyId);
        RecruitmentNeed need = company.need(needId);
        need.changeStatus(status);
        companies.save(company);
        return need;
    }

    @UseCase(Access.RECORDS)
    public Company company(@Names(RecordKind.COMPANY) long companyId) {
        return companies.byId(companyId).orElseThrow(() -> new NotFoundException("company.unknown", null, companyId));
    }

    private void refuseIfTaken(EnterpriseNumber number, Long except) {
        companies.byNumber(number).filter(other -> !other.id().equals(except)).ifPresent(other -> {
            throw new DuplicateCompanyException(number, other.name());
        });
    }
}
