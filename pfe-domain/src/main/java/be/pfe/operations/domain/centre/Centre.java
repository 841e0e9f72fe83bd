package be.pfe.operations.domain.centre;

import be.pfe.operations.domain.partner.PartnerOrganisation;
import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A training and employment centre (Pôle Formation Emploi): a partnership for one economic sector, on one
 * site. Reference data seeded by a migration; identified by its code (e.g. {@code DIGITALCITY}).
 */
@Entity
@Table(name = "centre")
// reference data, changed by migrations only: kept in the shared cache (every use case reads it)
@Cacheable
// and so are the answers of its two queries (EclipseLink's query results cache): a flight recording of the regional
// benchmark found the centres' query run on every request of /api/v1/centres and by code in most use cases
@NamedQuery(name = Centre.FIND_ALL, query = "select c from Centre c order by c.name",
        hints = @jakarta.persistence.QueryHint(name = "eclipselink.query-results-cache", value = "true"))
@NamedQuery(name = Centre.FIND_BY_CODE, query = "select c from Centre c where c.code = :code",
        hints = @jakarta.persistence.QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class Centre {

    public static final String FIND_ALL = "Centre.findAll";
    public static final String FIND_BY_CODE = "Centre.findByCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Sector sector;

    @Column(nullable = false, length = 200)
    private String site;

    @Column(name = "operating_since")
    private Integer operatingSince;

    @ManyToMany
    @JoinTable(name = "centre_partner",
            joinColumns = @JoinColumn(name = "centre_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    @OrderBy("name")
    private Set<PartnerOrganisation> partners = new LinkedHashSet<>();

    @Version
    private long version;

    protected Centre() {
        // for JPA
    }

    public Centre(String code, String name, Sector sector, String site, Integer operatingSince) {
        this.code = code;
        this.name = name;
        this.sector = sector;
        this.site = site;
        this.operatingSince = operatingSince;
    }

    public void addPartner(PartnerOrganisation partner) {
        partners.add(partner);
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

    public Sector sector() {
        return sector;
    }

    public String site() {
        return site;
    }

    public Integer operatingSince() {
        return operatingSince;
    }

    public Set<PartnerOrganisation> partners() {
        return Collections.unmodifiableSet(partners);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Centre that && code != null && code.equals(that.code);
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
