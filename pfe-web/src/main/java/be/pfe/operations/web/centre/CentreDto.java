package be.pfe.operations.web.centre;

import be.pfe.operations.domain.centre.Centre;
import be.pfe.operations.domain.centre.Sector;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A centre as the API and the pages show it. */
@Schema(name = "CentreView")
public record CentreDto(String code, String name, Sector sector, String site, Integer operatingSince,
                         List<PartnerDto> partners) {

    /** A partner organisation of a centre. */
    @Schema(name = "PartnerView")
    public record PartnerDto(String code, String name, String kind) {
    }

    static CentreDto of(Centre centre) {
        return new CentreDto(centre.code(), centre.name(), centre.sector(), centre.site(), centre.operatingSince(),
                centre.partners().stream()
                        .map(partner -> new PartnerDto(partner.code(), partner.name(), partner.kind().name()))
                        .toList());
    }
}
