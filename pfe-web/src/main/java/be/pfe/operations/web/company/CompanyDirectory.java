package be.pfe.operations.web.company;

import java.time.Clock;
import be.pfe.operations.domain.access.Access;
import be.pfe.operations.domain.access.Actor;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.company.Companies;
import be.pfe.operations.domain.company.CompanyRegister;
import be.pfe.operations.domain.company.EnterpriseNumber;
import be.pfe.operations.domain.shared.NotFoundException;
import be.pfe.operations.domain.shared.TypedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * Companies for the pages and the API. Companies are shared by the centres: whoever reads a centre's records
 * reads them, whoever plans for a centre registers and changes them; a need followed up by a centre is that
 * centre's to record.
 */
@ApplicationScoped
@Transactional
public class CompanyDirectory {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    @Inject
    CompanyRegister register;
    @Inject
    Companies companies;
    @Inject
    Centres centres;
    @Inject
    Actor actor;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CompanyDto> search(String text) {
        actor.requireAny(Access.RECORDS);
        return companies.search(text).stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CompanyDto get(long id) {
        actor.requireAny(Access.RECORDS);
        return view(register.company(id));
    }

    /** The company registered under the number typed; refused when the number is wrong or unknown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CompanyDto byNumber(String typed) {
        actor.requireAny(Access.RECORDS);
        EnterpriseNumber number = EnterpriseNumber.of(typed);
        return companies.byNumber(number).map(this::view).orElseThrow(() ->
                new NotFoundException("company.unknownNumber", EnterpriseNumber.FIELD, number.formatted()));
    }

    public CompanyDto register(CompanyInput input) {
        actor.requireAny(Access.PLANNING);
        return view(register.register(input.toDetails()));
    }

    public CompanyDto change(long id, CompanyInput input) {
        actor.requireAny(Access.PLANNING);
        return view(register.change(id, input.toDetails()));
    }

    public CompanyDto addContact(long id, CompanyInput.Contact contact) {
        actor.requireAny(Access.PLANNING);
        register.addContact(id, contact.name(), contact.jobRole(), contact.email(), contact.phone());
        return get(id);
    }

    public CompanyDto addNeed(long id, CompanyInput.Need need) {
        Long centreId = null;
        if (need.centre() == null || need.centre().isBlank()) {
            actor.requireAny(Access.PLANNING);
        } else {
            actor.require(Access.PLANNING, need.centre().strip());
            centreId = centres.byCode(need.centre().strip())
                    .orElseThrow(() -> new NotFoundException("centre.unknown", "centre", need.centre())).id();
        }
        register.addNeed(id, centreId, need.jobTitle(), TypedText.chosen(need.posts(), "posts"), need.skills(),
                need.recordedOn() == null ? LocalDate.now(clock) : need.recordedOn());
        return get(id);
    }

    public CompanyDto changeNeedStatus(long id, long needId, CompanyInput.NeedStatus status) {
        actor.requireAny(Access.PLANNING);
        register.changeNeedStatus(id, needId, status.status());
        return get(id);
    }

    /**
     * Contacts are personal data: centre staff and administrators (who read personal data somewhere) see them;
     * auditors, board members and partner managers get them masked.
     */
    private CompanyDto view(be.pfe.operations.domain.company.Company company) {
        return CompanyDto.of(company, !actor.scope(Access.PERSONAL_DATA).none());
    }
}
