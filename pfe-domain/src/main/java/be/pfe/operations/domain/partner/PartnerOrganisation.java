package be.pfe.operations.domain.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An organisation that takes part in the centres: Actiris, Bruxelles Formation, VDAB Brussel, SFPME, the
 * sector funds... Reference data, identified by its code.
 */
@Entity
@Table(name = "partner_organisation")
// reference data, changed by migrations only: kept in the shared cache (every use case reads it)
@Cacheable
@NamedQuery(name = PartnerOrganisation.FIND_ALL, query = "select p from PartnerOrganisation p order by p.name")
@NamedQuery(name = PartnerOrganisation.FIND_BY_CODE, query = "select p from PartnerOrganisation p where p.code = :code")
public class PartnerOrganisation {

    public static final String FIND_ALL = "PartnerOrganisation.findAll";
    public static final String FIND_BY_CODE = "PartnerOrganisation.findByCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private PartnerKind kind;

    @Version
    private long version;

    protected PartnerOrganisation() {
        // for JPA
    }

    public PartnerOrganisation(String code, String name, PartnerKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public PartnerKind kind() {
        return kind;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnerOrganisation that && code != null && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
