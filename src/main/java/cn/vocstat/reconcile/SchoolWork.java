package cn.vocstat.reconcile;

import java.util.List;

/**
 * What the reconciliation does with each accepted return beyond deciding about it. In memory the
 * readings hold whole returns and there is nothing more to do. A run of ten thousand returns hands
 * the reconciler only each return's 基本信息: {@link #whole} fetches the whole return, one at a time,
 * {@link #checks} run the later stages' work on it, and {@link #accept} takes in a return all of
 * whose checks passed, e.g. to store its rows. A pass that meets a fault is started again without
 * the faulty return: {@link #begin()} then forgets what the earlier pass took in.
 */
public interface SchoolWork {

    SchoolWork IN_MEMORY = new SchoolWork() {
    };

    /** A pass over the accepted returns begins. */
    default void begin() {
    }

    /** The accepted return with its whole content. */
    default AcceptedReturn whole(AcceptedReturn school) {
        return school;
    }

    /** Work of later stages on each whole return, each named by its stage; a fault in one fails that return alone. */
    default List<SchoolCheck> checks() {
        return List.of();
    }

    /**
     * A whole return that passed every check, in registry order; {@code position} is its school's
     * place among the counted schools. A fault here is the run's, not the return's.
     */
    default void accept(AcceptedReturn whole, int position) {
    }
}
