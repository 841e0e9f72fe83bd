package be.pfe.operations.web.centre;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.Sector;

import java.util.List;

/** A centre as the API and the pages show it. */
public record CentreView(String code, String name, Sector sector, String site, Integer operatingSince,
                         List<PartnerView> partners) {

    /** A partner organisation of a centre. */
    public record PartnerView(String code, String name, String kind) {
    }

    static CentreView of(Centre centre) {
        return new CentreView(centre.code(), centre.name(), centre.sector(), centre.site(), centre.operatingSince(),
                centre.partners().stream()
                        .map(partner -> new PartnerView(partner.code(), partner.name(), partner.kind().name()))
                        .toList());
    }
}
