package be.pfe.operations.domain.partner;

import java.util.List;
import java.util.Optional;

/** The partner organisations (reference data). */
public interface PartnerOrganisations {

    List<PartnerOrganisation> all();

    Optional<PartnerOrganisation> byCode(String code);
}
