package cn.vocstat.job;

/** The process exit codes an operator's script can branch on; the README documents them. */
public final class ExitCodes {
    /** The run completed and every expected school has an accepted return. */
    public static final int ALL_ACCEPTED = 0;
    /** The run completed, but some returns were rejected or some schools are missing: see 数据质量. */
    public static final int SOME_REJECTED = 1;
    /** The run failed (missing reference data, database unreachable, ...); nothing was half-written. */
    public static final int FAILED = 2;
    /** Another run of the same job is in progress; this one did nothing. */
    public static final int ALREADY_RUNNING = 3;
    /** The command line was wrong. */
    public static final int USAGE = 64;

    private ExitCodes() {
    }
}
