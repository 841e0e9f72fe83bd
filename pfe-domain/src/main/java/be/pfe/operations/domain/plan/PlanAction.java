package be.pfe.operations.domain.plan;

import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Another action of the plan: its title (in up to three languages), the partner that owns it, its pillar, its target
 * (a value, optionally measured by an {@link Indicator}, and a text saying what is counted), its deadline; and when
 * it is an action for a profession in short supply (métier en pénurie), the occupation and its funding.
 */
@Embeddable
public class PlanAction implements PlanLine {

    public static final int TEXT_LENGTH = 300;
    public static final int OCCUPATION_LENGTH = 200;

    @Column(name = "title_fr", length = LocalizedText.MAX_LENGTH)
    private String titleFr;
    @Column(name = "title_nl", length = LocalizedText.MAX_LENGTH)
    private String titleNl;
    @Column(name = "title_en", length = LocalizedText.MAX_LENGTH)
    private String titleEn;
    @Column(name = "owner_code", nullable = false, length = 40)
    private String ownerCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Pillar pillar;
    @Column(name = "target_value")
    private Integer targetValue;
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Indicator indicator;
    @Column(name = "indicator_text", length = TEXT_LENGTH)
    private String indicatorText;
    private LocalDate deadline;
    @Column(name = "short_supply", nullable = false)
    private boolean shortSupply;
    @Column(length = OCCUPATION_LENGTH)
    private String occupation;
    @Column(name = "funding_source", length = 200)
    private String fundingSource;
    @Column(name = "funding_amount", precision = 12, scale = 2)
    private BigDecimal fundingAmount;

    protected PlanAction() {
        // for JPA
    }

    public PlanAction(LocalizedText title, String ownerCode, Pillar pillar, Integer targetValue, Indicator indicator,
                      String indicatorText, LocalDate deadline, boolean shortSupply, String occupation,
                      String fundingSource, BigDecimal fundingAmount) {
        LocalizedText checked = PlanLines.localized(title == null ? null : title.fr(), title == null ? null : title.nl(),
                title == null ? null : title.en(), "title");
        this.titleFr = checked.fr();
        this.titleNl = checked.nl();
        this.titleEn = checked.en();
        this.ownerCode = PlanLines.code(ownerCode, "owner");
        if (pillar == null) {
            throw new BusinessRuleException("plan.line.required", "pillar");
        }
        this.pillar = pillar;
        this.targetValue = targetValue == null ? null : PlanLines.count(targetValue, "targetValue");
        this.indicator = indicator;
        this.indicatorText = PlanLines.text(indicatorText, "indicatorText", TEXT_LENGTH, false);
        this.deadline = deadline;
        this.shortSupply = shortSupply;
        this.occupation = PlanLines.text(occupation, "occupation", OCCUPATION_LENGTH, shortSupply);
        this.fundingSource = PlanLines.text(fundingSource, "fundingSource", 200, false);
        if (fundingAmount != null && fundingAmount.signum() < 0) {
            throw new BusinessRuleException("plan.line.count", "fundingAmount", fundingAmount);
        }
        this.fundingAmount = fundingAmount;
    }

    /** The same action a year later (its deadline moved by one year), for the next year's plan. */
    PlanAction nextYear() {
        return new PlanAction(title(), ownerCode, pillar, targetValue, indicator, indicatorText,
                deadline == null ? null : deadline.plusYears(1), shortSupply, occupation, fundingSource, fundingAmount);
    }

    public LocalizedText title() {
        return new LocalizedText(titleFr, titleNl, titleEn);
    }

    /** The title in the language asked for, else in another one. */
    public String title(Language language) {
        return LocalizedText.pick(language, titleFr, titleNl, titleEn);
    }

    public String ownerCode() {
        return ownerCode;
    }

    public Pillar pillar() {
        return pillar;
    }

    public Integer targetValue() {
        return targetValue;
    }

    public Indicator indicator() {
        return indicator;
    }

    public String indicatorText() {
        return indicatorText;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public boolean shortSupply() {
        return shortSupply;
    }

    public String occupation() {
        return occupation;
    }

    public String fundingSource() {
        return fundingSource;
    }

    public BigDecimal fundingAmount() {
        return fundingAmount;
    }

    /** Actions are told apart by their title (in French, else Dutch, else English). */
    @Override
    public String key() {
        return title(Language.FR);
    }

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", PlanLines.translations(title()));
        fields.put("owner", ownerCode);
        fields.put("pillar", pillar);
        fields.put("targetValue", targetValue);
        fields.put("indicator", indicator);
        fields.put("indicatorText", indicatorText);
        fields.put("deadline", deadline);
        fields.put("shortSupply", shortSupply);
        fields.put("occupation", occupation);
        fields.put("fundingSource", fundingSource);
        fields.put("fundingAmount", fundingAmount == null ? null : fundingAmount.stripTrailingZeros().toPlainString());
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanAction that && key().equals(that.key()) && fields().equals(that.fields());
    }

    @Override
    public int hashCode() {
        return Objects.hash(titleFr, titleNl, titleEn, ownerCode, pillar, targetValue);
    }
}
