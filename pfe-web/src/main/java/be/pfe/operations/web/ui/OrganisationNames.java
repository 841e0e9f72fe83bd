package be.pfe.operations.web.ui;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.Centres;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;

/**
 * The names the pages show for the partners' and the centres' codes (reference data, read once per request), e.g.
 * "Bruxelles Formation" for {@code BRUXELLES_FORMATION}: {@code #{organisationNames.partner(code)}}. A code with no
 * name (none known) is shown as it is.
 */
@Named
@RequestScoped
public class OrganisationNames {

    @Inject
    PartnerOrganisations partners;
    @Inject
    Centres centres;

    private Map<String, String> partnerNames;
    private Map<String, String> centreNames;

    public String partner(String code) {
        if (code == null) {
            return null;
        }
        if (partnerNames == null) {
            partnerNames = new HashMap<>();
            for (PartnerOrganisation partner : partners.all()) {
                partnerNames.put(partner.code(), partner.name());
            }
        }
        return partnerNames.getOrDefault(code, code);
    }

    public String centre(String code) {
        if (code == null) {
            return null;
        }
        if (centreNames == null) {
            centreNames = new HashMap<>();
            for (Centre centre : centres.all()) {
                centreNames.put(centre.code(), centre.name());
            }
        }
        return centreNames.getOrDefault(code, code);
    }

    /** A centre's or a partner's name, whichever the code is. */
    public String of(String code) {
        String centre = centre(code);
        return centre != null && !centre.equals(code) ? centre : partner(code);
    }
}
