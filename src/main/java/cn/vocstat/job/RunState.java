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
    /** The input as the run was fingerprinted on it: what each file read must still be. */
    final InputFiles.Listing listing;
    final Instant started = Instant.now();
    ReferenceData reference;
    SentenceCatalogue sentences;

    RunState(RunRequest request, int totalReturns, InputFiles.Listing listing) {
        this.request = request;
        this.totalReturns = totalReturns;
        this.listing = listing;
    }
}
