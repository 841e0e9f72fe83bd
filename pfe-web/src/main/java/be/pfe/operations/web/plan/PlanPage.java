package be.pfe.operations.web.plan;

import be.pfe.operations.domain.plan.AssessmentKind;
import be.pfe.operations.domain.plan.Indicator;
import be.pfe.operations.domain.plan.Pillar;
import be.pfe.operations.domain.plan.PlanDiff;
import be.pfe.operations.domain.plan.PlanSection;
import be.pfe.operations.domain.plan.PlanStatus;
import be.pfe.operations.reporting.targets.TargetComparison;
import be.pfe.operations.reporting.targets.TargetStatus;
import be.pfe.operations.reporting.yearly.SpotRecord;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.web.centre.Catalogue;
import be.pfe.operations.web.centre.CourseDto;
import be.pfe.operations.web.i18n.Messages;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import be.pfe.operations.domain.partner.PartnerOrganisation;
import be.pfe.operations.domain.partner.PartnerOrganisations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The plan page ({@code plan.xhtml?id=&tab=}): one version of a plan, one tab at a time (training offer, validations
 * and screenings, in-company trainings, actions, organisation chart, targets, history with the differences), the
 * version picker, and what the user may do on it: staff add and remove lines of a draft and submit it, board members
 * decide on a submitted version. Every change names the revision the page was loaded with, so a change made by
 * someone else meanwhile is refused rather than overwritten.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

    public static final List<String> TABS = List.of("training", "validations", "inCompany", "actions", "organisation",
            "targets", "history");

    @Inject
    PlanDesk planning;
    @Inject
    Catalogue catalogue;
    @Inject
    PartnerOrganisations partnerOrganisations;
    @Inject
    UserPreferences preferences;
    @Inject
    PlanActuals actuals;

    private Long id;
    private String tab = "training";
    private PlanDto plan;
    private List<PlanVersionDto> versions = List.of();
    private boolean mayEdit;
    private boolean mayDecide;
    private List<TargetComparison> comparisons;
    private Indicator recordsIndicator;
    private List<SpotRecord> records = List.of();

    private final PlanForms.TrainingForm training = new PlanForms.TrainingForm();
    private final PlanForms.ValidationForm validation = new PlanForms.ValidationForm();
    private final PlanForms.InCompanyForm inCompany = new PlanForms.InCompanyForm();
    private final PlanForms.ActionForm action = new PlanForms.ActionForm();
    private final PlanForms.RoleForm role = new PlanForms.RoleForm();
    private final PlanForms.TargetForm target = new PlanForms.TargetForm();

    /** None until the board member chooses one (required): no decision is suggested. */
    private PlanStatus decision;
    private String decisionText;
    private LocalDate meetingDate;

    /** Reads the version named in the address (refused with the "not allowed" page when the user may not read it). */
    public void load() {
        if (!TABS.contains(tab)) {
            tab = TABS.get(0);
        }
        if (id != null) {
            show(planning.get(id));
        }
    }

    private void show(PlanDto shown) {
        plan = shown;
        comparisons = null;
        versions = planning.versions(shown.id());
        mayEdit = planning.mayEdit(shown.centre());
        mayDecide = planning.mayDecide(shown.centre());
    }

    private void reload() {
        show(planning.get(plan.id()));
    }

    // --- changes to the draft's lines ---

    public String addTraining() {
        return change("trainingForm", c -> { c.training.add(training.line()); });
    }

    public String addValidation() {
        return change("validationForm", c -> { c.validations.add(validation.line()); });
    }

    public String addInCompany() {
        return change("inCompanyForm", c -> { c.inCompany.add(inCompany.line()); });
    }

    public String addAction() {
        return change("actionForm", c -> { c.actions.add(action.line()); });
    }

    public String addRole() {
        return change("roleForm", c -> { c.organisation.add(role.line()); });
    }

    public String addTarget() {
        return change("targetForm", c -> { c.targets.add(target.line()); });
    }

    /** Removes the line at this position of a section. */
    public String remove(String section, int index) {
        PlanSection which = PlanSection.valueOf(section);
        return change(null, c -> c.lines(which).remove(index));
    }

    /** The lines of the plan as lists the page may change before they are saved. */
    private static final class Editable {
        final List<PlanContentDto.Training> training;
        final List<PlanContentDto.Validation> validations;
        final List<PlanContentDto.InCompany> inCompany;
        final List<PlanContentDto.Action> actions;
        final List<PlanContentDto.Role> organisation;
        final List<PlanContentDto.Target> targets;

        Editable(PlanContentDto content) {
            training = new ArrayList<>(content.training());
            validations = new ArrayList<>(content.validations());
            inCompany = new ArrayList<>(content.inCompany());
            actions = new ArrayList<>(content.actions());
            organisation = new ArrayList<>(content.organisation());
            targets = new ArrayList<>(content.targets());
        }

        List<?> lines(PlanSection section) {
            return switch (section) {
                case TRAINING -> training;
                case VALIDATION -> validations;
                case IN_COMPANY -> inCompany;
                case ACTION -> actions;
                case ORGANISATION -> organisation;
                case TARGET -> targets;
            };
        }

        PlanContentDto content() {
            return new PlanContentDto(training, validations, inCompany, actions, organisation, targets);
        }
    }

    private String change(String formId, java.util.function.Consumer<Editable> edit) {
        Editable editable = new Editable(plan.content());
        edit.accept(editable);
        return saved(formId, () -> planning.update(plan.id(), plan.revision(), editable.content().toContent()),
                "page.plan.saved", true);
    }

    // --- the workflow ---

    public String submit() {
        return saved(null, () -> planning.submit(plan.id(), plan.revision()), "page.plan.submitted", false);
    }

    public String decide() {
        return saved("decisionForm", () -> planning.decide(plan.id(), plan.revision(), decision, decisionText,
                meetingDate), "page.plan.decided", false);
    }

    public String newVersion() {
        return saved(null, () -> planning.newVersion(plan.id()), "page.plan.versionCreated", false);
    }

    /**
     * Runs a change and shows the version as saved (a workflow step opens the page anew on it); a refusal is shown
     * beside the form, a change made meanwhile by someone else says who and asks for a reload.
     */
    private String saved(String formId, Supplier<PlanDto> work, String doneKey, boolean stay) {
        try {
            PlanDto result = work.get();
            boolean newVersion = plan != null && result.id() != plan.id();
            // a version sent back for amendments is changed through a new version: the page opens on that one
            FacesMessages.info(newVersion && stay ? "page.plan.amendedVersion" : doneKey, result.versionNumber());
            if (stay && !newVersion) {
                show(result);
                clearForms();
                return null;
            }
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/plan?faces-redirect=true&id=" + result.id() + "&tab=" + tab;
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, formId == null ? "workflowForm" : formId);
            return null;
        } catch (RuntimeException failure) {
            if (!be.pfe.operations.web.ui.ChangedMeanwhile.is(failure)) {
                throw failure;
            }
            FacesMessages.error("request.concurrentChange");
            return null;
        }
    }

    private void clearForms() {
        training.setCourse(null);
        training.setSessions(null);
        training.setSeats(null);
        validation.setOccupation(null);
        validation.setSessions(null);
        validation.setCandidates(null);
        inCompany.setTrainings(null);
        action.setTitleFr(null);
        action.setTitleNl(null);
        action.setTitleEn(null);
        action.setTargetValue(null);
        action.setIndicatorText(null);
        action.setOccupation(null);
        action.setFundingAmount(null);
        role.setRoleFr(null);
        role.setRoleNl(null);
        role.setRoleEn(null);
        role.setPerson(null);
        target.setValue(null);
    }

    // --- what the page shows ---

    /** A line of the differences with the previous version, in the reader's words. */
    public record DiffRow(String section, String kind, String key, String fields) {
    }

    public List<DiffRow> getDifferences() {
        if (plan == null || plan.previousVersionId() == null) {
            return List.of();
        }
        var locale = preferences.getLocale();
        return planning.diff(plan.id(), null).changes().stream().map(change -> new DiffRow(
                Messages.text(locale, "PlanSection." + change.section().name()),
                Messages.text(locale, "page.plan.diff." + change.kind().name()), change.key(),
                PlanTexts.fields(change.fields(), change.kind(), locale))).toList();
    }

    private static final java.util.regex.Pattern FROM = java.util.regex.Pattern.compile(
            "from (\\S+) (\\d{4}) v(\\d+) \\((\\w+)\\)");
    private static final java.util.regex.Pattern MEETING = java.util.regex.Pattern.compile(
            "meeting (\\d{4}-\\d{2}-\\d{2}): (.*)", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile(
            "(^|\\| )(TRAINING|VALIDATION|IN_COMPANY|ACTION|ORGANISATION|TARGET): ");

    /**
     * A history line's detail in the reader's words: the version a new one was made from, the board meeting of a
     * decision, the sections of a change (the history keeps them as written when the step was taken).
     */
    public String historyDetail(PlanHistoryDto entry) {
        String detail = entry.detail();
        if (detail == null) {
            return "";
        }
        var locale = preferences.getLocale();
        java.util.regex.Matcher from = FROM.matcher(detail);
        if (from.matches()) {
            String status = from.group(4);
            String statusText = java.util.Arrays.stream(PlanStatus.values()).anyMatch(s -> s.name().equals(status))
                    ? Messages.text(locale, "PlanStatus." + status) : status;
            return Messages.text(locale, "plan.history.from", from.group(3), from.group(2), statusText);
        }
        java.util.regex.Matcher meeting = MEETING.matcher(detail);
        if (meeting.matches()) {
            return Messages.text(locale, "plan.history.meeting", java.time.LocalDate.parse(meeting.group(1)),
                    meeting.group(2));
        }
        java.util.regex.Matcher section = SECTION.matcher(detail);
        StringBuilder translated = new StringBuilder();
        while (section.find()) {
            section.appendReplacement(translated, java.util.regex.Matcher.quoteReplacement(section.group(1)
                    + Messages.text(locale, "PlanSection." + section.group(2)) + ": "));
        }
        section.appendTail(translated);
        return partnerNames(fieldNames(translated.toString(), locale));
    }

    /** A changed line's fields, "(seats 24 -> 36, partner A -> B)", named in the reader's words: "(Places 24 → 36, …)". */
    private static String fieldNames(String detail, java.util.Locale locale) {
        java.util.regex.Matcher field = FIELD.matcher(detail);
        StringBuilder named = new StringBuilder();
        while (field.find()) {
            String key = "page.plan.field." + field.group(2);
            String name = Messages.text(locale, key);
            field.appendReplacement(named, java.util.regex.Matcher.quoteReplacement(
                    field.group(1) + (name.equals(key) ? field.group(2) : name) + " "));
        }
        field.appendTail(named);
        return named.toString().replace(" -> ", " → ");
    }

    /** The partners' codes a history's text names (a line's partner, an action's owner), written as their names. */
    private String partnerNames(String detail) {
        java.util.regex.Matcher code = PARTNER_CODE.matcher(detail);
        StringBuilder named = new StringBuilder();
        while (code.find()) {
            code.appendReplacement(named, java.util.regex.Matcher.quoteReplacement(partnerName(code.group())));
        }
        code.appendTail(named);
        return named.toString();
    }

    private static final java.util.regex.Pattern PARTNER_CODE = java.util.regex.Pattern.compile(
            "(?<![\\w-])[A-Z][A-Z_]{2,}(?![\\w-])");

    /** A field's name where a changed line lists its fields: after "(" or ", ", before its old value and "->". */
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile(
            "(\\(|, )([a-z][A-Za-z]*) (?=[^,()]*? -> )");

    /** A partner as people know it: its name (its code when it has none or is not known). */
    public String partnerName(String code) {
        if (code == null) {
            return "";
        }
        if (partnerNames == null) {
            partnerNames = new java.util.HashMap<>();
            partnerOrganisations.all().forEach(p -> partnerNames.put(p.code(), p.name()));
        }
        return partnerNames.getOrDefault(code, code);
    }

    private transient Map<String, String> partnerNames;

    public List<PlanHistoryDto> getHistory() {
        return plan == null ? List.of() : planning.history(plan.id());
    }

    public boolean isEditing() {
        return plan != null && mayEdit && plan.editable();
    }

    public boolean isDeciding() {
        return plan != null && mayDecide && plan.status() == PlanStatus.SUBMITTED;
    }

    public boolean isNewVersionPossible() {
        return plan != null && mayEdit && plan.frozen() && !versions.isEmpty()
                && versions.get(versions.size() - 1).id() == plan.id();
    }

    public String when(OffsetDateTime time) {
        return PlanTexts.when(time, preferences.getLocale());
    }

    public String day(LocalDate date) {
        return PlanTexts.day(date, preferences.getLocale());
    }

    public String value(Object value) {
        return PlanTexts.value(value, preferences.getLocale());
    }

    public String actionTitle(PlanContentDto.Action line) {
        return line.title(preferences.getLanguage());
    }

    public String roleName(PlanContentDto.Role line) {
        return line.role(preferences.getLanguage());
    }

    public String courseTitle(String code) {
        return catalogue.courses().stream().filter(course -> course.code().equals(code)).findFirst()
                .map(course -> course.title(preferences.getLanguage())).orElse(code);
    }

    /** The targets of the version next to today's actual figures, in the order of the targets (computed once). */
    public List<TargetComparison> getComparisons() {
        if (comparisons == null) {
            comparisons = plan == null || !"targets".equals(tab) ? List.of() : actuals.of(plan);
        }
        return comparisons;
    }

    /** The records behind an actual figure, for the dialog. */
    public void showRecords(Indicator indicator) {
        recordsIndicator = indicator;
        records = actuals.recordsBehind(plan, indicator, preferences.getLocale());
    }

    public Indicator getRecordsIndicator() {
        return recordsIndicator;
    }

    public List<SpotRecord> getRecords() {
        return records;
    }

    public boolean isRecordsReadable() {
        return plan != null && planning.mayReadRecords(plan.centre());
    }

    public String targetSeverity(TargetStatus status) {
        return PlanTexts.severity(status);
    }

    public String statusSeverity(PlanStatus status) {
        return PlanTexts.severity(status);
    }

    public List<CourseDto> getCourses() {
        return catalogue.courses();
    }

    public List<PartnerOrganisation> getPartners() {
        return partnerOrganisations.all();
    }

    public AssessmentKind[] getAssessmentKinds() {
        return AssessmentKind.values();
    }

    public Pillar[] getPillars() {
        return Pillar.values();
    }

    public Indicator[] getIndicators() {
        return Indicator.values();
    }

    public List<PlanStatus> getDecisions() {
        return List.of(PlanStatus.APPROVED, PlanStatus.AMENDMENTS_REQUESTED, PlanStatus.REJECTED);
    }

    public List<String> getTabs() {
        return TABS;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTab() { return tab; }
    public void setTab(String tab) { this.tab = tab; }
    public PlanDto getPlan() { return plan; }
    public List<PlanVersionDto> getVersions() { return versions; }
    public PlanForms.TrainingForm getTraining() { return training; }
    public PlanForms.ValidationForm getValidation() { return validation; }
    public PlanForms.InCompanyForm getInCompany() { return inCompany; }
    public PlanForms.ActionForm getAction() { return action; }
    public PlanForms.RoleForm getRole() { return role; }
    public PlanForms.TargetForm getTarget() { return target; }
    public PlanStatus getDecision() { return decision; }
    public void setDecision(PlanStatus decision) { this.decision = decision; }
    public String getDecisionText() { return decisionText; }
    public void setDecisionText(String decisionText) { this.decisionText = decisionText; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public void setMeetingDate(LocalDate meetingDate) { this.meetingDate = meetingDate; }
}
