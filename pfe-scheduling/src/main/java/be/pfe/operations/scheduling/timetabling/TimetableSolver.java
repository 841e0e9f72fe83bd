package be.pfe.operations.scheduling.timetabling;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import ai.timefold.solver.core.api.score.stream.DefaultConstraintJustification;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionCacheType;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySorterManner;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Places a term's lessons: builds the solver from code (no XML), solves a {@link Timetable}, and explains what is
 * left wrong in one.
 * <p>
 * Solving stops at the time limit, or earlier when the best timetable has not improved for the unimproved time
 * limit. The solver runs on the calling thread only ({@code moveThreadCount NONE}): the servers have 2 cores, and
 * the application must keep answering while a term is being planned. For planning in the background, give
 * {@link #solverConfig()} to {@link SolverManager#create(SolverConfig)}.
 */
public final class TimetableSolver {

    /** Enough for a term of the four centres (about a thousand lessons) on 2 cores. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);
    /** Stops early once further search has stopped paying off. */
    public static final Duration DEFAULT_UNIMPROVED_TIME_LIMIT = Duration.ofSeconds(15);

    private final SolverConfig solverConfig;
    private final SolverFactory<Timetable> solverFactory;

    /** A solver with the default limits. */
    public TimetableSolver() {
        this(DEFAULT_TIME_LIMIT, DEFAULT_UNIMPROVED_TIME_LIMIT);
    }

    /**
     * A solver that stops after {@code timeLimit}, or after {@code unimprovedTimeLimit} without a better
     * timetable, whichever comes first.
     */
    public TimetableSolver(Duration timeLimit, Duration unimprovedTimeLimit) {
        this.solverConfig = solverConfig(new TerminationConfig()
                .withSpentLimit(Objects.requireNonNull(timeLimit, "timeLimit"))
                .withUnimprovedSpentLimit(Objects.requireNonNull(unimprovedTimeLimit, "unimprovedTimeLimit")));
        this.solverFactory = SolverFactory.create(solverConfig);
    }

    private static SolverConfig solverConfig(TerminationConfig termination) {
        return new SolverConfig()
                .withSolutionClass(Timetable.class)
                .withEntityClasses(LessonGroup.class, Lesson.class)
                .withConstraintProviderClass(TimetableConstraints.class)
                .withTerminationConfig(termination)
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withPhases(
                        new CustomPhaseConfig().withCustomPhaseCommands(new FirstTimetable()),
                        // whatever the first timetable left unset (it stops early only when solving is stopped)
                        firstPlacement(LessonGroup.class, LessonGroup.ROOM),
                        firstPlacement(Lesson.class, Lesson.SLOT),
                        firstPlacement(LessonGroup.class, LessonGroup.TRAINER),
                        // The first timetable is close to the best: a short late acceptance that picks the best
                        // of a few accepted moves keeps near it (on the benchmark, the default 400 wandered off
                        // and lost some 800 soft points while settling the last hard conflicts)
                        new LocalSearchPhaseConfig()
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(20))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(4))
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig()
                                .withMoveSelectors(
                                        change(Lesson.class, Lesson.SLOT),
                                        swap(Lesson.class, Lesson.SLOT),
                                        // a group's room or trainer changes for all its lessons at once
                                        change(LessonGroup.class, LessonGroup.ROOM),
                                        change(LessonGroup.class, LessonGroup.TRAINER),
                                        swap(LessonGroup.class, LessonGroup.ROOM),
                                        swap(LessonGroup.class, LessonGroup.TRAINER))));
    }

    /** Gives every entity of the class that has none a value of the variable, hardest entities first. */
    private static ConstructionHeuristicPhaseConfig firstPlacement(Class<?> entityClass, String variable) {
        String placerId = entityClass.getSimpleName() + "." + variable;
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                        .withEntitySelectorConfig(new EntitySelectorConfig(entityClass)
                                .withId(placerId)
                                .withCacheType(SelectionCacheType.PHASE)
                                .withSelectionOrder(SelectionOrder.SORTED)
                                .withSorterManner(EntitySorterManner.DESCENDING))
                        .withMoveSelectorConfigList(List.of(new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig(placerId))
                                .withValueSelectorConfig(new ValueSelectorConfig(variable)))));
    }

    private static ChangeMoveSelectorConfig change(Class<?> entityClass, String variable) {
        return new ChangeMoveSelectorConfig()
                .withFixedProbabilityWeight(1.0)
                .withEntitySelectorConfig(new EntitySelectorConfig(entityClass))
                .withValueSelectorConfig(new ValueSelectorConfig(variable));
    }

    private static SwapMoveSelectorConfig swap(Class<?> entityClass, String variable) {
        return new SwapMoveSelectorConfig()
                .withFixedProbabilityWeight(1.0)
                .withEntitySelectorConfig(new EntitySelectorConfig(entityClass))
                .withVariableNameIncludes(variable);
    }

    /** The configuration this solver was built from, e.g. for a {@link SolverManager}. */
    public SolverConfig solverConfig() {
        return solverConfig;
    }

    /** A solver of its own, e.g. to run in the background and {@linkplain Solver#terminateEarly() stop} early. */
    public Solver<Timetable> newSolver() {
        return solverFactory.buildSolver();
    }

    /**
     * Places every lesson that is not pinned and returns the best timetable found. The given timetable is left
     * as it was; the answer is a new one.
     */
    public Timetable solve(Timetable problem) {
        return solve(problem, better -> { });
    }

    /**
     * As {@link #solve(Timetable)}, telling {@code onBetterTimetable} each time a better timetable is found, on
     * the solving thread (e.g. to show progress, or to measure when the first usable one appeared).
     */
    public Timetable solve(Timetable problem, Consumer<Timetable> onBetterTimetable) {
        Solver<Timetable> solver = solverFactory.buildSolver();
        solver.addEventListener(event -> onBetterTimetable.accept(event.getNewBestSolution()));
        return solver.solve(problem);
    }

    /**
     * Every rule broken and every preference unmet in the timetable, worst first (hard before medium before
     * soft), each with the lessons involved, so that staff can see all that remains to settle by hand. Also sets
     * the timetable's score.
     */
    public static List<Violation> explain(Timetable timetable) {
        ScoreAnalysis<HardMediumSoftScore> analysis = Explanation.SOLUTION_MANAGER
                .analyze(timetable, ScoreAnalysisFetchPolicy.FETCH_ALL);
        List<Violation> violations = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftScore> constraint : analysis.constraintAnalyses()) {
            for (MatchAnalysis<HardMediumSoftScore> match : constraint.matches()) {
                violations.add(violation(constraint.constraintName(), match));
            }
        }
        violations.sort(Comparator.comparing(Violation::impact));
        return violations;
    }

    private static Violation violation(String constraintName, MatchAnalysis<HardMediumSoftScore> match) {
        List<Lesson> lessons = new ArrayList<>();
        List<Object> otherFacts = new ArrayList<>();
        ConstraintJustification justification = match.justification();
        if (justification instanceof DefaultConstraintJustification matched) {
            for (Object fact : matched.getFacts()) {
                Collection<?> facts = fact instanceof Collection<?> several ? several : List.of(fact);
                for (Object single : facts) {
                    if (single instanceof Lesson lesson) {
                        lessons.add(lesson);
                    } else {
                        otherFacts.add(single);
                    }
                }
            }
        }
        return new Violation(constraintName, match.score(), lessons, otherFacts);
    }

    /** Built on first use only: building the score calculation costs a moment and explaining is occasional. */
    private static final class Explanation {
        private static final SolutionManager<Timetable, HardMediumSoftScore> SOLUTION_MANAGER =
                SolutionManager.create(SolverFactory.create(solverConfig(new TerminationConfig())));
    }
}
