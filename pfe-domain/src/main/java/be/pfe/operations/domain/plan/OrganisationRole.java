package be.pfe.operations.domain.plan;

import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A role of the centre's functional organisation chart: its name (in up to three languages), the partner filling it and the person. */
@Embeddable
public class OrganisationRole implements PlanLine {

    public static final int PERSON_LENGTH = 200;

    @Column(name = "name_fr", length = LocalizedText.MAX_LENGTH)
    private String nameFr;
    @Column(name = "name_nl", length = LocalizedText.MAX_LENGTH)
    private String nameNl;
    @Column(name = "name_en", length = LocalizedText.MAX_LENGTH)
    private String nameEn;
    @Column(name = "partner_code", nullable = false, length = 40)
    private String partnerCode;
    @Column(name = "person_name", length = PERSON_LENGTH)
    private String personName;

    protected OrganisationRole() {
        // for JPA
    }

    public OrganisationRole(LocalizedText name, String partnerCode, String personName) {
        LocalizedText checked = PlanLines.localized(name == null ? null : name.fr(), name == null ? null : name.nl(),
                name == null ? null : name.en(), "role");
        this.nameFr = checked.fr();
        this.nameNl = checked.nl();
        this.nameEn = checked.en();
        this.partnerCode = PlanLines.code(partnerCode, "partner");
        this.personName = PlanLines.text(personName, "person", PERSON_LENGTH, false);
    }

    public LocalizedText name() {
        return new LocalizedText(nameFr, nameNl, nameEn);
    }

    public String name(Language language) {
        return LocalizedText.pick(language, nameFr, nameNl, nameEn);
    }

    public String partnerCode() {
        return partnerCode;
    }

    public String personName() {
        return personName;
    }

    @Override
    public String key() {
        return name(Language.FR);
    }

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("role", PlanLines.translations(name()));
        fields.put("partner", partnerCode);
        fields.put("person", personName);
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrganisationRole that && key().equals(that.key()) && fields().equals(that.fields());
    }

    @Override
    public int hashCode() {
        return Objects.hash(nameFr, nameNl, nameEn, partnerCode, personName);
    }
}
