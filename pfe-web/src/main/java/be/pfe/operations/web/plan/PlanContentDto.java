package be.pfe.operations.web.plan;

import be.pfe.operations.domain.plan.AssessmentKind;
import be.pfe.operations.domain.plan.InCompanyLine;
import be.pfe.operations.domain.plan.Indicator;
import be.pfe.operations.domain.plan.OrganisationRole;
import be.pfe.operations.domain.plan.Pillar;
import be.pfe.operations.domain.plan.PlanAction;
import be.pfe.operations.domain.plan.PlanContent;
import be.pfe.operations.domain.plan.PlanTarget;
import be.pfe.operations.domain.plan.TrainingLine;
import be.pfe.operations.domain.plan.ValidationLine;
import be.pfe.operations.domain.shared.Language;
import be.pfe.operations.domain.shared.LocalizedText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contents of a plan version as the API answers and receives them (and the plan page shows them): one list per
 * section. Texts kept in several languages come as their French, Dutch and English versions.
 */
@Schema(name = "PlanContentView")
public record PlanContentDto(List<Training> training, List<Validation> validations, List<InCompany> inCompany,
                              List<Action> actions, List<Role> organisation, List<Target> targets) {

    public record Training(String course, String partner, Integer sessions, Integer seats) {
    }

    public record Validation(AssessmentKind kind, String occupation, Integer sessions, Integer candidates) {
    }

    public record InCompany(String partner, Integer trainings) {
    }

    public record Action(String titleFr, String titleNl, String titleEn, String owner, Pillar pillar,
                         Integer targetValue, Indicator indicator, String indicatorText, LocalDate deadline,
                         boolean shortSupply, String occupation, String fundingSource, BigDecimal fundingAmount) {

        /** The title in the reader's language, else another one. */
        public String title(Language language) {
            return LocalizedText.pick(language, titleFr, titleNl, titleEn);
        }
    }

    public record Role(String roleFr, String roleNl, String roleEn, String partner, String person) {

        public String role(Language language) {
            return LocalizedText.pick(language, roleFr, roleNl, roleEn);
        }
    }

    public record Target(Indicator indicator, BigDecimal value) {
    }

    static PlanContentDto of(PlanContent content) {
        return new PlanContentDto(
                map(content.training(), l -> new Training(l.courseCode(), l.partnerCode(), l.sessions(), l.seats())),
                map(content.validations(), l -> new Validation(l.kind(), l.occupation(), l.sessions(), l.candidates())),
                map(content.inCompany(), l -> new InCompany(l.partnerCode(), l.trainings())),
                map(content.actions(), l -> new Action(l.title().fr(), l.title().nl(), l.title().en(), l.ownerCode(),
                        l.pillar(), l.targetValue(), l.indicator(), l.indicatorText(), l.deadline(), l.shortSupply(),
                        l.occupation(), l.fundingSource(), l.fundingAmount())),
                map(content.organisation(), l -> new Role(l.name().fr(), l.name().nl(), l.name().en(), l.partnerCode(),
                        l.personName())),
                map(content.targets(), l -> new Target(l.indicator(), l.value())));
    }

    /** The domain's contents, each line checked by its own rules (a refusal names the field). */
    public PlanContent toContent() {
        return new PlanContent(
                map(training, l -> new TrainingLine(l.course(), l.partner(), l.sessions(), l.seats())),
                map(validations, l -> new ValidationLine(l.kind(), l.occupation(), l.sessions(), l.candidates())),
                map(inCompany, l -> new InCompanyLine(l.partner(), l.trainings())),
                map(actions, l -> new PlanAction(texts(l.titleFr(), l.titleNl(), l.titleEn()), l.owner(), l.pillar(),
                        l.targetValue(), l.indicator(), l.indicatorText(), l.deadline(), l.shortSupply(),
                        l.occupation(), l.fundingSource(), l.fundingAmount())),
                map(organisation, l -> new OrganisationRole(texts(l.roleFr(), l.roleNl(), l.roleEn()), l.partner(),
                        l.person())),
                map(targets, l -> new PlanTarget(l.indicator(), l.value())));
    }

    /** Three translations, or none at all (the line then refuses its missing text). */
    private static LocalizedText texts(String fr, String nl, String en) {
        boolean none = (fr == null || fr.isBlank()) && (nl == null || nl.isBlank()) && (en == null || en.isBlank());
        return none ? null : new LocalizedText(fr, nl, en);
    }

    private static <A, B> List<B> map(List<A> lines, Function<A, B> conversion) {
        return lines == null ? List.of() : lines.stream()
                .map(line -> line == null ? null : conversion.apply(line)).toList();
    }
}
