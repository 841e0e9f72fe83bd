package be.pfe.operations.web.timetabling;

import java.time.Clock;
import be.pfe.operations.domain.shared.BusinessRuleException;
import be.pfe.operations.domain.shared.DateRange;
import be.pfe.operations.scheduling.conflict.SchedulingConflictException;
import be.pfe.operations.web.trainer.TrainerDirectory;
import be.pfe.operations.web.trainer.TrainerDto;
import be.pfe.operations.web.ui.FacesMessages;
import be.pfe.operations.web.ui.UserPreferences;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The automatic timetabling page: plan a term, follow the jobs while they solve (the page polls), open a job's
 * proposal with everything it leaves unsettled, and apply it or discard it.
 */
@Named
@ViewScoped
public class TimetablingPage implements Serializable {

    /** The application's clock (Brussels): today and now. */
    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;
    static final String FORM = "jobForm";
    static final String PROPOSAL_FORM = "proposalForm";

    @Inject
    Timetabling timetabling;
    @Inject
    TimetablingBackground background;
    @Inject
    JobViews views;
    @Inject
    UserPreferences preferences;
    @Inject
    TrainerDirectory trainers;

    private String centre;
    private LocalDate termStart;
    private LocalDate termEnd;
    private int timeLimitSeconds = JobRequest.DEFAULT_TIME_LIMIT_SECONDS;
    private String absentTrainer;
    private Long selectedId;
    private String acceptanceReason;
    private List<JobDto> jobs;
    private JobDto selected;

    /** Defaults: the user's centre, and the next full month from its first Monday. */
    public void init() {
        if (centre == null) {
            centre = preferences.getCentreCode();
        }
        if (termStart == null) {
            LocalDate nextMonth = LocalDate.now(clock).plusMonths(1).withDayOfMonth(1);
            termStart = nextMonth.with(TemporalAdjusters.firstInMonth(java.time.DayOfWeek.MONDAY));
            termEnd = nextMonth.plusMonths(3).minusDays(1);
        }
        refresh();
    }

    /** Reloads the jobs and the open one (the page polls this while a job is waiting or solving). */
    public void refresh() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        jobs = views.recent(TimetablingJobResource.LISTED, locale);
        selected = selectedId == null ? null : views.job(selectedId, locale);
    }

    /** Plans the term's unplaced sessions; with a trainer chosen, re-plans that trainer's sessions instead. */
    public void request() {
        try {
            DateRange term = termStart == null || termEnd == null ? null : new DateRange(termStart, termEnd);
            Duration limit = Duration.ofSeconds(timeLimitSeconds);
            long id = (absentTrainer == null || absentTrainer.isBlank()
                    ? timetabling.request(centre == null || centre.isBlank() ? null : centre, term, limit)
                    : timetabling.requestReplanning(absentTrainer, term, limit)).id();
            background.wake();
            selectedId = id;
            FacesMessages.info("page.timetabling.queued", id);
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, FORM);
        }
        refresh();
    }

    public void open(long id) {
        selectedId = id;
        acceptanceReason = null;
        refresh();
    }

    public void stop(long id) {
        act(() -> {
            timetabling.stop(id);
            background.stopIfRunningHere(id);
            FacesMessages.info("page.timetabling.stopped", id);
        }, FORM);
    }

    public void apply() {
        act(() -> {
            int sessions = (int) timetabling.apply(selectedId, acceptanceReason).proposal().stream()
                    .map(lesson -> lesson.sessionId()).distinct().count();
            FacesMessages.info("page.timetabling.applied", selectedId, sessions);
        }, PROPOSAL_FORM);
    }

    public void discard() {
        act(() -> {
            timetabling.discard(selectedId);
            FacesMessages.info("page.timetabling.discarded", selectedId);
        }, PROPOSAL_FORM);
    }

    private void act(Runnable action, String formId) {
        try {
            action.run();
        } catch (SchedulingConflictException conflicts) {
            FacesMessages.conflicts(conflicts, formId);
        } catch (BusinessRuleException refusal) {
            FacesMessages.refused(refusal, formId);
        }
        refresh();
    }

    /** True while a job waits or solves: the page keeps polling. */
    public boolean isWatching() {
        return jobs != null && jobs.stream().anyMatch(JobDto::active);
    }

    public List<JobDto> getJobs() {
        return jobs;
    }

    public JobDto getSelected() {
        return selected;
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        this.centre = centre;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
    }

    public int getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public void setTimeLimitSeconds(int timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }

    public String getAbsentTrainer() {
        return absentTrainer;
    }

    public void setAbsentTrainer(String absentTrainer) {
        this.absentTrainer = absentTrainer;
    }

    public List<TrainerDto> getTrainers() {
        return trainers.list(null);
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(Long selectedId) {
        this.selectedId = selectedId;
    }

    public String getAcceptanceReason() {
        return acceptanceReason;
    }

    public void setAcceptanceReason(String acceptanceReason) {
        this.acceptanceReason = acceptanceReason;
    }
}
