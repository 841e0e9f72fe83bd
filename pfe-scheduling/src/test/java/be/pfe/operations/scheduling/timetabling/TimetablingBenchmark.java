package be.pfe.operations.scheduling.timetabling;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Times the solver on a generated term of the four centres (see {@link BenchmarkTerm}) with the product's
 * default limits (at most 60 s, stop after 15 s without improvement), and prints the time to the first timetable
 * without hard conflicts, the final score and the size of the term. Not a test: run it with
 * {@code benchmarks/timetabling.sh}. The goal: no hard conflict within 30 s on 2 cores.
 * <p>
 * Arguments (optional): the seed (default 42) and the time limit in seconds (default 60).
 */
public final class TimetablingBenchmark {

    private TimetablingBenchmark() {
    }

    public static void main(String[] arguments) {
        long seed = arguments.length > 0 ? Long.parseLong(arguments[0]) : 42L;
        Duration timeLimit = arguments.length > 1 ? Duration.ofSeconds(Long.parseLong(arguments[1]))
                : TimetableSolver.DEFAULT_TIME_LIMIT;

        Timetable term = BenchmarkTerm.generate(seed);
        long sessions = term.getLessons().stream().map(Lesson::getSessionId).distinct().count();
        System.out.printf("term (seed %d): %d sessions, %d lessons, %d rooms, %d trainers, %d weekly slots; %d cores%n",
                seed, sessions, term.getLessons().size(), term.getRooms().size(), term.getTrainers().size(),
                term.getSlots().size(), Runtime.getRuntime().availableProcessors());
        System.out.printf("room use if every lesson is placed: %.0f%% of room slots%n",
                100.0 * term.getLessons().size() / (term.getRooms().size() * term.getSlots().size()));

        System.out.printf("room-load-spread floor:            %d soft (no timetable without hard conflicts does better)%n",
                RoomLoadFloor.of(term));

        TimetableSolver solver = new TimetableSolver(timeLimit, TimetableSolver.DEFAULT_UNIMPROVED_TIME_LIMIT);
        long start = System.nanoTime();
        long[] firstFeasible = {-1};
        long[] firstComplete = {-1};
        Timetable solved = solver.solve(term, better -> {
            long now = System.nanoTime() - start;
            if (firstComplete[0] < 0 && better.isFullyPlaced()) {
                firstComplete[0] = now;
                System.out.printf("%6.1f s  first complete timetable: %s%n", seconds(now), better.getScore());
            }
            if (firstFeasible[0] < 0 && better.isFullyPlaced() && better.getScore().hardScore() == 0) {
                firstFeasible[0] = now;
                System.out.printf("%6.1f s  first timetable without hard conflict: %s%n", seconds(now),
                        better.getScore());
            }
        });
        long total = System.nanoTime() - start;

        HardMediumSoftScore score = solved.getScore();
        System.out.printf("%6.1f s  solving ended%n", seconds(total));
        System.out.println();
        System.out.printf("lessons placed:                    %d of %d%n",
                solved.getLessons().stream().filter(Lesson::isPlaced).count(), solved.getLessons().size());
        System.out.printf("time to zero hard conflicts:       %s%n",
                firstFeasible[0] < 0 ? "not reached" : String.format("%.1f s", seconds(firstFeasible[0])));
        System.out.printf("final score:                       %s%n", score);
        System.out.printf("solving time:                      %.1f s%n", seconds(total));
        System.out.println("remaining violations by rule:");
        List<Violation> violations = TimetableSolver.explain(solved);
        Map<String, List<Violation>> byRule = violations.stream()
                .collect(Collectors.groupingBy(Violation::constraintName, TreeMap::new, Collectors.toList()));
        byRule.forEach((rule, ofRule) -> System.out.printf("  %-40s %5d matches  %s%n", rule, ofRule.size(),
                ofRule.stream().map(Violation::impact).reduce(HardMediumSoftScore.ZERO, HardMediumSoftScore::add)));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
