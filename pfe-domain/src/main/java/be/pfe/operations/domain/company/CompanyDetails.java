package be.pfe.operations.domain.company;

import be.pfe.operations.domain.centre.Sector;

/** What is typed about a company: its enterprise number as typed, name, sector and address. */
public record CompanyDetails(String enterpriseNumber, String name, Sector sector, String street, String postalCode,
                             String city) {
}
