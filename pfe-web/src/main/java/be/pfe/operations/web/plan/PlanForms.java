package be.pfe.operations.web.plan;

import be.pfe.operations.domain.plan.AssessmentKind;
import be.pfe.operations.domain.plan.Indicator;
import be.pfe.operations.domain.plan.Pillar;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the plan page's forms hold while the user fills in a new line, one form per section. */
public final class PlanForms {

    private PlanForms() {
    }

    public static class TrainingForm implements Serializable {
        private String course;
        private String partner;
        private Integer sessions;
        private Integer seats;

        public String getCourse() { return course; }
        public void setCourse(String course) { this.course = course; }
        public String getPartner() { return partner; }
        public void setPartner(String partner) { this.partner = partner; }
        public Integer getSessions() { return sessions; }
        public void setSessions(Integer sessions) { this.sessions = sessions; }
        public Integer getSeats() { return seats; }
        public void setSeats(Integer seats) { this.seats = seats; }

        PlanContentDto.Training line() {
            return new PlanContentDto.Training(course, partner, sessions, seats);
        }
    }

    public static class ValidationForm implements Serializable {
        private AssessmentKind kind = AssessmentKind.VALIDATION;
        private String occupation;
        private Integer sessions;
        private Integer candidates;

        public AssessmentKind getKind() { return kind; }
        public void setKind(AssessmentKind kind) { this.kind = kind; }
        public String getOccupation() { return occupation; }
        public void setOccupation(String occupation) { this.occupation = occupation; }
        public Integer getSessions() { return sessions; }
        public void setSessions(Integer sessions) { this.sessions = sessions; }
        public Integer getCandidates() { return candidates; }
        public void setCandidates(Integer candidates) { this.candidates = candidates; }

        PlanContentDto.Validation line() {
            return new PlanContentDto.Validation(kind, occupation, sessions, candidates);
        }
    }

    public static class InCompanyForm implements Serializable {
        private String partner;
        private Integer trainings;

        public String getPartner() { return partner; }
        public void setPartner(String partner) { this.partner = partner; }
        public Integer getTrainings() { return trainings; }
        public void setTrainings(Integer trainings) { this.trainings = trainings; }

        PlanContentDto.InCompany line() {
            return new PlanContentDto.InCompany(partner, trainings);
        }
    }

    public static class ActionForm implements Serializable {
        private String titleFr;
        private String titleNl;
        private String titleEn;
        private String owner;
        public Pillar pillar = Pillar.TRAINING_VALIDATION;
        private Integer targetValue;
        private Indicator indicator;
        private String indicatorText;
        private LocalDate deadline;
        private boolean shortSupply;
        private String occupation;
        private String fundingSource;
        private BigDecimal fundingAmount;

        public String getTitleFr() { return titleFr; }
        public void setTitleFr(String titleFr) { this.titleFr = titleFr; }
        public String getTitleNl() { return titleNl; }
        public void setTitleNl(String titleNl) { this.titleNl = titleNl; }
        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public Pillar getPillar() { return pillar; }
        public void setPillar(Pillar pillar) { this.pillar = pillar; }
        public Integer getTargetValue() { return targetValue; }
        public void setTargetValue(Integer targetValue) { this.targetValue = targetValue; }
        public Indicator getIndicator() { return indicator; }
        public void setIndicator(Indicator indicator) { this.indicator = indicator; }
        public String getIndicatorText() { return indicatorText; }
        public void setIndicatorText(String indicatorText) { this.indicatorText = indicatorText; }
        public LocalDate getDeadline() { return deadline; }
        public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
        public boolean isShortSupply() { return shortSupply; }
        public void setShortSupply(boolean shortSupply) { this.shortSupply = shortSupply; }
        public String getOccupation() { return occupation; }
        public void setOccupation(String occupation) { this.occupation = occupation; }
        public String getFundingSource() { return fundingSource; }
        public void setFundingSource(String fundingSource) { this.fundingSource = fundingSource; }
        public BigDecimal getFundingAmount() { return fundingAmount; }
        public void setFundingAmount(BigDecimal fundingAmount) { this.fundingAmount = fundingAmount; }

        PlanContentDto.Action line() {
            return new PlanContentDto.Action(titleFr, titleNl, titleEn, owner, pillar, targetValue, indicator,
                    indicatorText, deadline, shortSupply, occupation, fundingSource, fundingAmount);
        }
    }

    public static class RoleForm implements Serializable {
        private String roleFr;
        private String roleNl;
        private String roleEn;
        private String partner;
        private String person;

        public String getRoleFr() { return roleFr; }
        public void setRoleFr(String roleFr) { this.roleFr = roleFr; }
        public String getRoleNl() { return roleNl; }
        public void setRoleNl(String roleNl) { this.roleNl = roleNl; }
        public String getRoleEn() { return roleEn; }
        public void setRoleEn(String roleEn) { this.roleEn = roleEn; }
        public String getPartner() { return partner; }
        public void setPartner(String partner) { this.partner = partner; }
        public String getPerson() { return person; }
        public void setPerson(String person) { this.person = person; }

        PlanContentDto.Role line() {
            return new PlanContentDto.Role(roleFr, roleNl, roleEn, partner, person);
        }
    }

    public static class TargetForm implements Serializable {
        public Indicator indicator = Indicator.TRAINING_SPOTS;
        private BigDecimal value;

        public Indicator getIndicator() { return indicator; }
        public void setIndicator(Indicator indicator) { this.indicator = indicator; }
        public BigDecimal getValue() { return value; }
        public void setValue(BigDecimal value) { this.value = value; }

        PlanContentDto.Target line() {
            return new PlanContentDto.Target(indicator, value);
        }
    }
}
