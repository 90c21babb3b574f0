package cn.vocstat.job;

import cn.vocstat.reference.ReferenceData;
import cn.vocstat.report.SentenceCatalogue;
import java.time.Instant;

/**
 * What the steps of one execution share in memory: the request and the reference data, which the
 * reference step loads on every start. Everything else a step hands on is on disk (the spilled
 * readings) or in the run's rows, so a restart resumes at the step that failed.
 */
final class RunState {

    final RunRequest request;
    final int totalReturns;
    final Instant started = Instant.now();
    ReferenceData reference;
    SentenceCatalogue sentences;

    RunState(RunRequest request, int totalReturns) {
        this.request = request;
        this.totalReturns = totalReturns;
    }
}
