package be.pfe.operations.domain.privacy;

import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run of the pseudonymisation: finds the learners due, pseudonymises them a batch at a time (each batch in a
 * transaction of its own, each learner checked again), writes the progress after each batch and the result at the
 * end. Run by the daily schedule or by an administrator ("run now"); a second run while one runs is refused.
 * Running it again changes nothing more: pseudonymised learners are never due again.
 */
public final class PseudonymisationJob {

    private static final Logger LOG = Logger.getLogger(PseudonymisationJob.class.getName());
    static final int BATCH = 100;

    /** Runs each step in a transaction of its own. */
    public interface Steps {
        <T> T call(Function<Pseudonymisation, T> work);
    }

    private final Steps steps;

    public PseudonymisationJob(Steps steps) {
        this.steps = steps;
    }

    /** Starts a run (refused while one runs) and returns it; {@link #complete} then does the work. */
    public PseudonymisationRun start(String actor, boolean scheduled) {
        return steps.call(p -> p.start(actor, scheduled));
    }

    /** Does the work of a started run and returns its result. */
    public PseudonymisationRun complete(PseudonymisationRun run) {
        int done = 0;
        try {
            List<Long> due = steps.call(Pseudonymisation::due);
            steps.call(p -> {
                p.progress(run.id(), due.size(), 0);
                return null;
            });
            for (int from = 0; from < due.size(); from += BATCH) {
                List<Long> batch = due.subList(from, Math.min(due.size(), from + BATCH));
                int before = done;
                done += steps.call(p -> {
                    int changed = (int) batch.stream().filter(p::pseudonymiseIfDue).count();
                    p.progress(run.id(), due.size(), before + changed);
                    return changed;
                });
            }
            int total = done;
            return steps.call(p -> p.finish(run.id(), false, total, run.startedBy()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pseudonymisation run " + run.id() + " failed", e);
            int total = done;
            return steps.call(p -> p.finish(run.id(), true, total, run.startedBy()));
        }
    }

    public PseudonymisationRun run(String actor, boolean scheduled) {
        return complete(start(actor, scheduled));
    }
}
