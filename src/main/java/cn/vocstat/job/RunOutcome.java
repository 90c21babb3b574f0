package cn.vocstat.job;

/** How a launch ended: the process exit code and the job instance (the run id), when there is one. */
public record RunOutcome(int exitCode, Long runId) {
}
