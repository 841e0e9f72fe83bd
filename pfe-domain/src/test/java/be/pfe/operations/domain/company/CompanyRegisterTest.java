package be.pfe.operations.domain.company;

import be.pfe.operations.domain.centre.Sector;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Companies on the real PostgreSQL: one registration per enterprise number, contacts, needs, search. */
class CompanyRegisterTest {

    private final TestDatabase database = TestDatabase.shared();

    @BeforeEach
    void noCompanies() {
        database.deleteOperationalData();
    }

    private static CompanyDetails details(String number, String name) {
        return new CompanyDetails(number, name, Sector.TECHNOLOGY_INDUSTRY, "Rue de la Forge 12", "1070",
                "Anderlecht");
    }

    private long register(String number, String name) {
        return database.inTransaction(em -> new CompanyRegister(new JpaCompanies(em)).register(details(number, name)).id());
    }

    @Test
    void registersACompanyUnderItsNumberAndRefusesTheSameNumberTwice() {
        long id = register("BE 0403.170.701", "Soudures Bruxelloises");
        database.transact(em -> {
            Company read = new JpaCompanies(em).byId(id).orElseThrow();
            assertEquals("0403.170.701", read.number().formatted());
            assertEquals("Soudures Bruxelloises", read.name());
        });
        DuplicateCompanyException twice = assertThrows(DuplicateCompanyException.class,
                () -> register("403170701", "Another name"));
        assertEquals("company.alreadyRegistered", twice.messageKey());
        assertEquals(List.of("0403.170.701", "Soudures Bruxelloises"), List.of(twice.arguments()));
        assertEquals(1L, database.count("company"));
    }

    @Test
    void aChangeToANumberAlreadyTakenIsRefusedAndChangesNothing() {
        register("0403.170.701", "Soudures Bruxelloises");
        long other = register("0201.234.517", "Câbles du Canal");
        assertThrows(DuplicateCompanyException.class, () -> database.inTransaction(em ->
                new CompanyRegister(new JpaCompanies(em)).change(other, details("0403170701", "Renamed"))));
        database.transact(em -> assertEquals("Câbles du Canal", new JpaCompanies(em).byId(other).orElseThrow().name()));
        database.transact(em -> new CompanyRegister(new JpaCompanies(em)).change(other, details("0412.345.614", "Câbles SA")));
        database.transact(em -> assertEquals("0412345614", new JpaCompanies(em).byId(other).orElseThrow().number().digits()));
    }

    @Test
    void aWrongNumberIsRefusedAndNothingIsWritten() {
        BusinessRuleException refusal = assertThrows(BusinessRuleException.class, () -> register("0403.170.702", "X"));
        assertEquals("enterpriseNumber.checkDigits", refusal.messageKey());
        assertEquals(0L, database.count("company"));
    }

    @Test
    void keepsContactsAndRecruitmentNeedsAndFindsCompaniesByNumberOrName() {
        long id = register("0403.170.701", "Soudures Bruxelloises");
        register("0201.234.517", "Câbles du Canal");
        long need = database.inTransaction(em -> {
            CompanyRegister register = new CompanyRegister(new JpaCompanies(em));
            register.addContact(id, "Nadia Benali", "HR officer", "nadia@example.be", "+32 2 555 01 01");
            return register.addNeed(id, null, "Welder MIG/MAG", 3, "EN ISO 9606-1", LocalDate.of(2046, 2, 1)).id();
        });
        database.transact(em -> new CompanyRegister(new JpaCompanies(em)).changeNeedStatus(id, need, RecruitmentStatus.FILLED));
        database.transact(em -> {
            Company read = new JpaCompanies(em).byId(id).orElseThrow();
            assertEquals("Nadia Benali", read.contacts().get(0).name());
            assertEquals(3, read.needs().get(0).posts());
            assertEquals(RecruitmentStatus.FILLED, read.needs().get(0).status());
            JpaCompanies companies = new JpaCompanies(em);
            assertEquals(List.of("Soudures Bruxelloises"), names(companies.search("0403.17")));
            assertEquals(List.of("Soudures Bruxelloises"), names(companies.search("40317")));
            assertEquals(List.of("Câbles du Canal"), names(companies.search("canal")));
            assertEquals(List.of("Câbles du Canal", "Soudures Bruxelloises"), names(companies.search(" ")));
        });
        BusinessRuleException noPosts = assertThrows(BusinessRuleException.class, () -> database.transact(em ->
                new CompanyRegister(new JpaCompanies(em)).addNeed(id, null, "Welder", 0, null, LocalDate.of(2046, 2, 1))));
        assertEquals("company.need.posts", noPosts.messageKey());
    }

    private static List<String> names(List<Company> companies) {
        return companies.stream().map(Company::name).toList();
    }
}
